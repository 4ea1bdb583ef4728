package dev.shipshape.samples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.syntax.Cidr;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, independent evaluator of core NetworkPolicy semantics over rendered objects: a pod is
 * isolated in a direction once a policy of that type selects it; then a connection needs a rule of
 * some selecting policy whose peer and port match. A connection needs the source's egress and the
 * destination's ingress. Used to check what the rendered policies do, not how they look.
 */
final class PolicyEvaluator {

  /**
   * A pod: where it runs, its labels, its named container ports, and its IP (for ipBlock peers).
   *
   * @param namespace the pod's namespace
   * @param labels the pod's labels
   * @param ports container port name to number
   * @param ip the pod's IP address
   */
  record Pod(String namespace, Map<String, String> labels, Map<String, Integer> ports, String ip) {}

  private final List<JsonNode> policies;
  private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();

  PolicyEvaluator(List<Manifest> manifests) {
    this.policies = manifests.stream().filter(m -> m.kind().equals("NetworkPolicy")).map(m -> (JsonNode) m.body()).toList();
    manifests.stream().filter(m -> m.kind().equals("Namespace")).forEach(m ->
        namespaceLabels.put(m.name(), labels(m.body().path("metadata").path("labels"))));
  }

  /** The pods of the rendered Deployment {@code name}, with the given IP. */
  static Pod podOf(List<Manifest> manifests, String name, String ip) {
    Manifest deployment = manifests.stream()
        .filter(m -> m.kind().equals("Deployment") && m.name().equals(name)).findFirst().orElseThrow();
    JsonNode template = deployment.body().path("spec").path("template");
    Map<String, Integer> ports = new HashMap<>();
    template.path("spec").path("containers").forEach(c -> c.path("ports").forEach(p ->
        ports.put(p.path("name").asText(), p.path("containerPort").asInt())));
    return new Pod(deployment.body().path("metadata").path("namespace").asText(),
        labels(template.path("metadata").path("labels")), ports, ip);
  }

  /** The policies that select {@code pod} for {@code type} ("Ingress" or "Egress"). */
  List<JsonNode> selecting(Pod pod, String type) {
    return policies.stream()
        .filter(p -> p.path("metadata").path("namespace").asText().equals(pod.namespace()))
        .filter(p -> matches(p.path("spec").path("podSelector"), pod.labels()))
        .filter(p -> types(p).contains(type)).toList();
  }

  /** Whether {@code from} may open a connection to {@code to} on {@code port}/{@code protocol}. */
  boolean allowed(Pod from, Pod to, int port, String protocol) {
    return allows(from, "Egress", "egress", "to", to, port, protocol)
        && allows(to, "Ingress", "ingress", "from", from, port, protocol);
  }

  private boolean allows(Pod subject, String type, String field, String peers, Pod other, int port,
      String protocol) {
    List<JsonNode> selecting = selecting(subject, type);
    if (selecting.isEmpty()) {
      return true; // not isolated in this direction
    }
    Pod destination = type.equals("Egress") ? other : subject;
    for (JsonNode policy : selecting) {
      String policyNamespace = policy.path("metadata").path("namespace").asText();
      for (JsonNode rule : policy.path("spec").path(field)) {
        boolean peerOk = !rule.has(peers) || rule.get(peers).isEmpty()
            || streamOf(rule.get(peers)).anyMatch(peer -> peerMatches(peer, policyNamespace, other));
        boolean portOk = !rule.has("ports") || rule.get("ports").isEmpty()
            || streamOf(rule.get("ports")).anyMatch(p -> portMatches(p, destination, port, protocol));
        if (peerOk && portOk) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean peerMatches(JsonNode peer, String policyNamespace, Pod pod) {
    if (peer.has("ipBlock")) {
      String cidr = peer.path("ipBlock").path("cidr").asText();
      String address = pod.ip() + "/32";
      return Cidr.contains(cidr, address)
          && streamOf(peer.path("ipBlock").path("except")).noneMatch(e -> Cidr.contains(e.asText(), address));
    }
    boolean namespaceOk = peer.has("namespaceSelector")
        ? matches(peer.get("namespaceSelector"), namespaceLabels(pod.namespace()))
        : pod.namespace().equals(policyNamespace);
    boolean podOk = !peer.has("podSelector") || matches(peer.get("podSelector"), pod.labels());
    return namespaceOk && podOk;
  }

  private static boolean portMatches(JsonNode rulePort, Pod destination, int port, String protocol) {
    String ruleProtocol = rulePort.path("protocol").asText("TCP");
    if (!ruleProtocol.equals(protocol)) {
      return false;
    }
    JsonNode value = rulePort.path("port");
    if (value.isMissingNode()) {
      return true;
    }
    Optional<Integer> number = value.isInt() ? Optional.of(value.asInt())
        : Optional.ofNullable(destination.ports().get(value.asText()));
    return number.filter(n -> n == port).isPresent();
  }

  private Map<String, String> namespaceLabels(String namespace) {
    Map<String, String> labels = new HashMap<>(namespaceLabels.getOrDefault(namespace, Map.of()));
    labels.put("kubernetes.io/metadata.name", namespace); // set by the control plane on every namespace
    return labels;
  }

  private static List<String> types(JsonNode policy) {
    JsonNode types = policy.path("spec").path("policyTypes");
    if (types.isArray() && !types.isEmpty()) {
      return streamOf(types).map(JsonNode::asText).toList();
    }
    return policy.path("spec").has("egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
  }

  private static boolean matches(JsonNode selector, Map<String, String> labels) {
    if (selector.has("matchExpressions")) {
      throw new IllegalArgumentException("matchExpressions are not supported by this evaluator");
    }
    Map<String, String> required = labels(selector.path("matchLabels"));
    return required.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
  }

  private static Map<String, String> labels(JsonNode node) {
    Map<String, String> labels = new HashMap<>();
    node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }
}
