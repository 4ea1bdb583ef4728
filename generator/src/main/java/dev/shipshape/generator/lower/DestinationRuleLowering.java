package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Rollout;
import java.util.Map;
import java.util.Optional;

/**
 * Istio's {@code DestinationRule} for an app with a rollout or a circuit breaker: one subset per
 * version (selected by the {@code version} label), and a traffic policy with outlier detection
 * (ejecting pods after consecutive 5xx errors) and connection-pool limits.
 */
final class DestinationRuleLowering {

  private DestinationRuleLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    App app = context.app();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.ISTIO).isEmpty()
        || (app.rollout().isEmpty() && app.circuitBreaker().isEmpty())) {
      return Optional.empty();
    }
    return MeshTarget.of(context.stack(), app).map(target -> {
      ObjectNode rule = Nodes.resource("networking.istio.io/v1", "DestinationRule", context.metadata(app.name()));
      ObjectNode spec = rule.putObject("spec");
      spec.put("host", target.host());
      app.circuitBreaker().ifPresent(breaker -> trafficPolicy(spec.putObject("trafficPolicy"), breaker));
      app.rollout().ifPresent(rollout -> subsets(spec.putArray("subsets"), rollout));
      return new Manifest(context.owner(), rule);
    });
  }

  private static void trafficPolicy(ObjectNode policy, CircuitBreaker breaker) {
    if (breaker.limitsConnections()) {
      ObjectNode pool = policy.putObject("connectionPool");
      breaker.maxConnections().ifPresent(max -> pool.putObject("tcp").put("maxConnections", max));
      if (breaker.maxPendingRequests().isPresent() || breaker.maxRequests().isPresent()) {
        ObjectNode http = pool.putObject("http");
        breaker.maxPendingRequests().ifPresent(max -> http.put("http1MaxPendingRequests", max));
        breaker.maxRequests().ifPresent(max -> http.put("http2MaxRequests", max));
      }
    }
    ObjectNode outliers = policy.putObject("outlierDetection");
    outliers.put("consecutive5xxErrors", breaker.consecutiveErrors());
    breaker.interval().ifPresent(interval -> outliers.put("interval", interval));
    breaker.ejectFor().ifPresent(time -> outliers.put("baseEjectionTime", time));
    breaker.maxEjectionPercent().ifPresent(percent -> outliers.put("maxEjectionPercent", percent));
  }

  private static void subsets(ArrayNode subsets, Rollout rollout) {
    for (String track : new String[] {rollout.primaryTrack(), rollout.secondaryTrack()}) {
      ObjectNode subset = subsets.addObject().put("name", track);
      subset.set("labels", Nodes.map(Map.of(AppContext.VERSION_LABEL, track)));
    }
  }
}
