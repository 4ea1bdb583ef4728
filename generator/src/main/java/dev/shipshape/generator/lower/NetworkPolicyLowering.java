package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.PeerTraffic;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.PolicyPort;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.network.TrafficRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * NetworkPolicies from the {@link TrafficModel}: a default-deny for ingress and egress of the whole
 * namespace, DNS egress to kube-dns, the controller's way to cert-manager's HTTP-01 solver when the
 * stack needs it, and one policy per app that allows exactly its declared flows.
 */
final class NetworkPolicyLowering {

  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
  static final String HOSTS_ANNOTATION = "networking.shipshape.dev/egress-hosts";
  private static final String SOLVER_LABEL = "acme.cert-manager.io/http01-solver";

  private NetworkPolicyLowering() {}

  /**
   * The stack-wide policies: default-deny, DNS and, when needed, the HTTP-01 solver's; none for a
   * stack without apps, whose namespace has no pods to protect.
   */
  static List<Manifest> lowerStack(Stack stack, TrafficModel model, Marks marks) {
    List<Manifest> policies = new ArrayList<>();
    if (model.apps().isEmpty()) {
      return policies;
    }
    ObjectNode deny = policy(stack, marks, TrafficModel.DEFAULT_DENY, Map.of());
    ObjectNode denySpec = deny.putObject("spec");
    denySpec.putObject("podSelector");
    denySpec.set("policyTypes", Nodes.strings(List.of("Ingress", "Egress")));
    policies.add(new Manifest(Optional.empty(), deny));

    ObjectNode dns = policy(stack, marks, TrafficModel.ALLOW_DNS, Map.of());
    ObjectNode dnsSpec = dns.putObject("spec");
    dnsSpec.putObject("podSelector");
    dnsSpec.set("policyTypes", Nodes.strings(List.of("Egress")));
    ObjectNode dnsRule = dnsSpec.putArray("egress").addObject();
    ObjectNode kubeDns = dnsRule.putArray("to").addObject();
    kubeDns.putObject("namespaceSelector").set("matchLabels", Nodes.map(Map.of(NAMESPACE_NAME_LABEL, "kube-system")));
    kubeDns.putObject("podSelector").set("matchLabels", Nodes.map(Map.of("k8s-app", "kube-dns")));
    ArrayNode dnsPorts = dnsRule.putArray("ports");
    dnsPorts.addObject().put("protocol", "UDP").put("port", 53);
    dnsPorts.addObject().put("protocol", "TCP").put("port", 53);
    policies.add(new Manifest(Optional.empty(), dns));

    model.acmeSolverSource().ifPresent(source -> {
      ObjectNode solver = policy(stack, marks, TrafficModel.ALLOW_ACME_SOLVER, LinterExemptions.forOnDemandPods(
          "cert-manager creates the HTTP-01 solver pods only while a certificate is being issued"));
      ObjectNode spec = solver.putObject("spec");
      spec.putObject("podSelector").set("matchLabels", Nodes.map(Map.of(SOLVER_LABEL, "true")));
      spec.set("policyTypes", Nodes.strings(List.of("Ingress")));
      spec.putArray("ingress").add(rule(stack, "from", source,
          List.of(PolicyPort.tcp(TrafficModel.ACME_SOLVER_PORT))));
      policies.add(new Manifest(Optional.empty(), solver));
    });
    model.peers().forEach(peer -> policies.add(lowerPeer(stack, marks, peer)));
    return policies;
  }

  /**
   * The policy of a user workload declared as a peer: selects its pods by their labels and allows
   * what apps declared towards it, so the stack's default-deny does not cut it off.
   */
  private static Manifest lowerPeer(Stack stack, Marks marks, PeerTraffic traffic) {
    ObjectNode policy = policy(stack, marks, traffic.peer().name(), Map.of());
    ObjectNode spec = policy.putObject("spec");
    spec.putObject("podSelector").set("matchLabels", Nodes.map(traffic.peer().podLabels()));
    spec.set("policyTypes", Nodes.strings(List.of("Ingress", "Egress")));
    ArrayNode ingress = spec.putArray("ingress");
    traffic.ingress().forEach(rule -> ingress.add(rule(stack, "from", rule.peer(), rule.allPorts())));
    ArrayNode egress = spec.putArray("egress");
    traffic.egress().forEach(rule -> egress.add(rule(stack, "to", rule.peer(), rule.allPorts())));
    return new Manifest(Optional.empty(), policy);
  }

  /** The app's own policy: selects its pods, allows its declared ingress and egress flows. */
  static Manifest lower(AppContext context, AppTraffic traffic) {
    ObjectNode metadata = context.metadata(context.app().name());
    String hosts = traffic.egress().stream().map(TrafficRule::peer)
        .filter(peer -> peer instanceof Peer.OfAddresses addresses && addresses.hostName())
        .map(Peer::label).distinct().collect(Collectors.joining(","));
    if (!hosts.isEmpty()) {
      metadata.set("annotations", Nodes.map(Map.of(HOSTS_ANNOTATION, hosts)));
    }
    ObjectNode policy = Nodes.resource("networking.k8s.io/v1", "NetworkPolicy", metadata);
    ObjectNode spec = policy.putObject("spec");
    spec.set("podSelector", context.selector());
    spec.set("policyTypes", Nodes.strings(List.of("Ingress", "Egress")));
    ArrayNode ingress = spec.putArray("ingress");
    traffic.ingress().forEach(rule -> ingress.add(rule(context.stack(), "from", rule.peer(), rule.allPorts())));
    ArrayNode egress = spec.putArray("egress");
    traffic.egress().forEach(rule -> egress.add(rule(context.stack(), "to", rule.peer(), rule.allPorts())));
    return new Manifest(context.owner(), policy);
  }

  private static ObjectNode policy(Stack stack, Marks marks, String name, Map<String, String> annotations) {
    ObjectNode metadata = ObjectMetadata.ofStack(stack, marks, name);
    if (!annotations.isEmpty()) {
      metadata.set("annotations", Nodes.map(annotations));
    }
    return Nodes.resource("networking.k8s.io/v1", "NetworkPolicy", metadata);
  }

  private static ObjectNode rule(Stack stack, String direction, Peer peer, List<PolicyPort> ports) {
    ObjectNode rule = Nodes.object();
    rule.putArray(direction).add(peer(stack, peer));
    if (!ports.isEmpty()) {
      ArrayNode list = rule.putArray("ports");
      for (PolicyPort port : ports) {
        ObjectNode node = list.addObject().put("protocol", port.protocol().name());
        port.name().ifPresentOrElse(name -> node.put("port", name), () -> node.put("port", port.number()));
      }
    }
    return rule;
  }

  private static ObjectNode peer(Stack stack, Peer peer) {
    ObjectNode node = Nodes.object();
    if (peer instanceof Peer.OfApp app) {
      // The peer's own labels, so a peer with recommended labels switched off is still matched.
      node.putObject("podSelector").set("matchLabels", AppContext.selectorOf(stack, app.app()).get("matchLabels"));
    } else if (peer instanceof Peer.OfWorkload workload) {
      node.putObject("podSelector").set("matchLabels", Nodes.map(workload.declared().podLabels()));
    } else if (peer instanceof Peer.OfNamespace namespace) {
      node.putObject("namespaceSelector").set("matchLabels",
          Nodes.map(Map.of(NAMESPACE_NAME_LABEL, namespace.namespace())));
    } else if (peer instanceof Peer.OfAddresses addresses) {
      ObjectNode block = node.putObject("ipBlock").put("cidr", addresses.cidr());
      if (!addresses.except().isEmpty()) {
        block.set("except", Nodes.strings(addresses.except()));
      }
    }
    return node;
  }
}
