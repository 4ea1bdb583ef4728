package dev.shipshape.generator.lower;

import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.MeshKind;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Linkerd's circuit breaking: annotations on the app's Services that switch on consecutive-failure
 * accrual — after {@code N} failures in a row an endpoint is taken out of the load balancer for at
 * least the minimum penalty, then probed again. Istio's equivalent lives in the DestinationRule.
 */
final class FailureAccrual {

  private static final String PREFIX = "balancer.linkerd.io/failure-accrual";

  private FailureAccrual() {}

  static Map<String, String> annotations(AppContext context) {
    Map<String, String> annotations = new LinkedHashMap<>();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD).isPresent()) {
      context.app().circuitBreaker().ifPresent(breaker -> put(annotations, breaker));
    }
    return annotations;
  }

  private static void put(Map<String, String> annotations, CircuitBreaker breaker) {
    annotations.put(PREFIX, "consecutive");
    annotations.put(PREFIX + "-consecutive-max-failures", String.valueOf(breaker.consecutiveErrors()));
    breaker.ejectFor().ifPresent(penalty -> annotations.put(PREFIX + "-consecutive-min-penalty", penalty));
  }
}
