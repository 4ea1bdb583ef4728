package dev.shipshape.generator.lower;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Carries a user's written reasons into the annotations kube-linter reads, so a risk accepted in the
 * DSL is accepted — with the same reason — by the linters that check the rendered YAML.
 *
 * <pre>{@code
 * metadata:
 *   annotations:
 *     ignore-check.kube-linter.io/exposed-services: training cluster without a load balancer
 * }</pre>
 */
final class LinterExemptions {

  /** Shipshape rule id to the kube-linter checks that flag the same thing on a workload. */
  private static final Map<String, List<String>> WORKLOAD_CHECKS =
      Map.of("PROBE-MISSING", List.of("no-liveness-probe", "no-readiness-probe"));

  private static final String PREFIX = "ignore-check.kube-linter.io/";

  private LinterExemptions() {}

  /** Annotations for the app's workload, one per linter check the user's suppressions cover. */
  static Map<String, String> forWorkload(AppContext context) {
    Map<String, String> annotations = new TreeMap<>();
    Stream.concat(context.stack().suppressions().stream(), context.app().suppressions().stream())
        .filter(s -> WORKLOAD_CHECKS.containsKey(s.ruleId()))
        .forEach(s -> WORKLOAD_CHECKS.get(s.ruleId())
            .forEach(check -> annotations.put(PREFIX + check, s.reason())));
    return annotations;
  }

  /** The annotation accepting a NetworkPolicy for pods that exist only now and then, with the reason. */
  static Map<String, String> forOnDemandPods(String reason) {
    return Map.of(PREFIX + "dangling-networkpolicy", reason);
  }

  /** The annotation accepting an Ingress served without TLS, with the user's reason. */
  static Map<String, String> forPlainHttp(String reason) {
    return Map.of(PREFIX + "tlsSettingsMissing", reason);
  }

  /** The annotation accepting an Ingress whose TLS Secret is provided outside the stack. */
  static Map<String, String> forExternalTlsSecret(String secret) {
    return Map.of(PREFIX + "ingress-tls-secret-missing",
        "TLS Secret " + secret + " is provided outside Shipshape (Tls.secret)");
  }

  /** The annotation accepting a NodePort Service, with the user's reason. */
  static Map<String, String> forNodePort(String reason) {
    return Map.of(PREFIX + "exposed-services", reason);
  }
}
