package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Protocol;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.PolicyPort;
import dev.shipshape.generator.network.TrafficRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Linkerd authorization from the same traffic model as the NetworkPolicies: a {@code Server} per TCP
 * container port ({@code accessPolicy: deny}, so only what is authorized gets in), and for the flows to
 * that port an {@code AuthorizationPolicy} requiring a {@code MeshTLSAuthentication} (apps by their
 * ServiceAccount, namespaces by all of theirs) and one requiring a {@code NetworkAuthentication}
 * (address ranges). Authentication refs of one policy must all match, so each kind gets its own.
 */
final class LinkerdAuthorizationLowering {

  private static final String POLICY_GROUP = "policy.linkerd.io";

  private LinkerdAuthorizationLowering() {}

  static List<Manifest> lower(AppContext context, AppTraffic traffic) {
    List<Manifest> manifests = new ArrayList<>();
    if (context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD).isEmpty()) {
      return manifests;
    }
    for (Port port : context.app().ports()) {
      if (port.protocol() != Protocol.TCP) {
        continue;
      }
      String server = context.app().name() + "-" + port.name();
      ObjectNode node = Nodes.resource(POLICY_GROUP + "/v1beta3", "Server", context.metadata(server));
      ObjectNode spec = node.putObject("spec");
      spec.set("podSelector", context.selector());
      spec.put("port", port.name());
      spec.put("accessPolicy", "deny");
      manifests.add(new Manifest(context.owner(), node));

      List<TrafficRule> flows = traffic.ingress().stream().filter(rule -> !rule.plumbing())
          .filter(rule -> rule.ports().isEmpty() || rule.ports().stream().anyMatch(p -> reaches(p, port))).toList();
      ArrayNode identities = Nodes.array();
      ArrayNode networks = Nodes.array();
      for (TrafficRule flow : flows) {
        if (flow.peer() instanceof Peer.OfApp app) {
          identities.addObject().put("kind", "ServiceAccount")
              .put("name", MeshTarget.serviceAccount(AppContext.of(context.stack(), app.app())));
        } else if (flow.peer() instanceof Peer.OfNamespace namespace) {
          identities.addObject().put("kind", "ServiceAccount").put("namespace", namespace.namespace());
        } else if (flow.peer() instanceof Peer.OfAddresses addresses) {
          ObjectNode network = networks.addObject().put("cidr", addresses.cidr());
          if (!addresses.except().isEmpty()) {
            network.set("except", Nodes.strings(addresses.except()));
          }
        }
      }
      if (!identities.isEmpty()) {
        authenticated(context, server, "meshed", "MeshTLSAuthentication", "identityRefs", identities, manifests);
      }
      if (!networks.isEmpty()) {
        authenticated(context, server, "network", "NetworkAuthentication", "networks", networks, manifests);
      }
    }
    return manifests;
  }

  private static boolean reaches(PolicyPort policyPort, Port port) {
    return policyPort.name().map(port.name()::equals).orElse(policyPort.number() == port.number());
  }

  private static void authenticated(AppContext context, String server, String suffix, String kind, String field,
      ArrayNode clients, List<Manifest> manifests) {
    String name = server + "-" + suffix;
    ObjectNode authentication = Nodes.resource(POLICY_GROUP + "/v1alpha1", kind, context.metadata(name));
    authentication.putObject("spec").set(field, clients);
    manifests.add(new Manifest(context.owner(), authentication));
    ObjectNode policy = Nodes.resource(POLICY_GROUP + "/v1alpha1", "AuthorizationPolicy", context.metadata(name));
    ObjectNode spec = policy.putObject("spec");
    spec.putObject("targetRef").put("group", POLICY_GROUP).put("kind", "Server").put("name", server);
    spec.putArray("requiredAuthenticationRefs").addObject().put("group", POLICY_GROUP).put("kind", kind)
        .put("name", name);
    manifests.add(new Manifest(context.owner(), policy));
  }
}
