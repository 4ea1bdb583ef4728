package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.PolicyPort;
import dev.shipshape.generator.network.TrafficRule;
import java.util.List;
import java.util.Optional;

/**
 * Istio {@code AuthorizationPolicy} objects from the same traffic model as the NetworkPolicies: a
 * namespace-wide {@code allow-nothing} (the identity twin of default-deny), and per app an ALLOW
 * policy with one rule per allowed flow — apps by their ServiceAccount's principal
 * {@code cluster.local/ns/<ns>/sa/<sa>}, namespaces by name, address ranges by {@code ipBlocks} —
 * limited to the app's ports. The mesh's own plumbing flows are left to the NetworkPolicies.
 */
final class IstioAuthorizationLowering {

  static final String ALLOW_NOTHING = "allow-nothing";

  private IstioAuthorizationLowering() {}

  static Optional<Manifest> lowerStack(Stack stack, Marks marks) {
    if (stack.mesh().filter(mesh -> mesh.kind().istio()).isEmpty() || stack.apps().isEmpty()) {
      return Optional.empty();
    }
    ObjectNode policy = Nodes.resource("security.istio.io/v1", "AuthorizationPolicy", ObjectMetadata.ofStack(stack, marks, ALLOW_NOTHING));
    policy.putObject("spec");
    return Optional.of(new Manifest(Optional.empty(), policy));
  }

  static Optional<Manifest> lower(AppContext context, AppTraffic traffic) {
    List<TrafficRule> flows = traffic.ingress().stream().filter(rule -> !rule.plumbing()).toList();
    if (context.stack().mesh().filter(mesh -> mesh.kind().istio()).isEmpty() || flows.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode policy = Nodes.resource("security.istio.io/v1", "AuthorizationPolicy",
        context.metadata(context.app().name()));
    ObjectNode spec = policy.putObject("spec");
    spec.set("selector", context.selector());
    spec.put("action", "ALLOW");
    ArrayNode rules = spec.putArray("rules");
    for (TrafficRule flow : flows) {
      ObjectNode rule = rules.addObject();
      rule.putArray("from").addObject().set("source", source(context.stack(), flow.peer()));
      if (!flow.ports().isEmpty()) {
        rule.putArray("to").addObject().putObject("operation").set("ports",
            Nodes.strings(flow.ports().stream().map(PolicyPort::number).distinct().map(String::valueOf).toList()));
      }
    }
    return Optional.of(new Manifest(context.owner(), policy));
  }

  private static ObjectNode source(Stack stack, Peer peer) {
    ObjectNode source = Nodes.object();
    if (peer instanceof Peer.OfApp app) {
      source.set("principals", Nodes.strings(List.of(principal(stack, app.app()))));
    } else if (peer instanceof Peer.OfNamespace namespace) {
      source.set("namespaces", Nodes.strings(List.of(namespace.namespace())));
    } else if (peer instanceof Peer.OfAddresses addresses) {
      source.set("ipBlocks", Nodes.strings(List.of(addresses.cidr())));
      if (!addresses.except().isEmpty()) {
        source.set("notIpBlocks", Nodes.strings(addresses.except()));
      }
    }
    return source;
  }

  /** The SPIFFE-style principal of an app's pods in the default trust domain. */
  static String principal(Stack stack, App app) {
    return "cluster.local/ns/" + stack.namespaceName() + "/sa/" + MeshTarget.serviceAccount(AppContext.of(stack, app));
  }
}
