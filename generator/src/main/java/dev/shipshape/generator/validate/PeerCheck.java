package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Allow;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Peer;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * User workloads declared as peers ({@code Stack.Builder.peer}): a DNS-1123 name that no app and no
 * other peer has, pod labels to select on, valid ports, ports when an app may connect to it, and no
 * service mesh (its authorization policies admit callers by service account identity).
 * (Whether the labels select a user object is checked once the objects are read: {@code
 * HATCH-PEER-UNMATCHED}.)
 */
final class PeerCheck implements Check {

  static final Rule NAME = Rule.error("HATCH-PEER-NAME", "a peer's name is no DNS-1123 label");
  static final Rule COLLISION = Rule.error("HATCH-PEER-COLLISION", "a peer has the name of an app or another peer");
  static final Rule LABELS = Rule.error("HATCH-PEER-LABELS", "a peer has no pod labels, or invalid ones");
  static final Rule PORTS = Rule.error("HATCH-PEER-PORTS", "a peer apps may connect to declares no valid ports");
  static final Rule MESH = Rule.error("HATCH-PEER-MESH", "a stack with a service mesh declares a peer");

  @Override
  public List<Rule> rules() {
    return List.of(NAME, COLLISION, LABELS, PORTS, MESH);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> seen = new HashSet<>();
    stack.apps().forEach(app -> seen.add(app.name()));
    for (Peer peer : stack.peers()) {
      Where where = Where.stack(stack, "peers/" + peer.name()).at(peer.source());
      stack.mesh().ifPresent(mesh -> findings.report(MESH, where, "peer '" + peer.name() + "' cannot take part in"
              + " a stack with " + mesh.kind().displayName() + ": the mesh admits callers by the service account"
              + " identity of pods Shipshape renders, which it does not know for a workload it did not render",
          "model the workload as an app, or give it its own stack without a mesh and reach it with"
              + " allowFromNamespace/Egress"));
      if (!Names.isDns1123Label(peer.name())) {
        findings.report(NAME, where, "peer name '" + peer.name() + "' is not a DNS-1123 label",
            "use lowercase letters, digits and '-', e.g. 'legacy-worker'");
      }
      if (!seen.add(peer.name())) {
        findings.report(COLLISION, where, "peer '" + peer.name() + "' has the name of an app or of another peer;"
                + " allowFrom/allowTo could not tell them apart", "give the peer a name of its own");
      }
      if (peer.podLabels().isEmpty()) {
        findings.report(LABELS, where, "peer '" + peer.name() + "' declares no pod labels, so its policies would"
                + " select every pod of the namespace",
            "add the labels its pods carry, e.g. .podLabel(\"app.kubernetes.io/name\", \"" + peer.name() + "\")");
      }
      peer.podLabels().forEach((key, value) -> {
        if (!Names.isQualifiedName(key) || !Names.isLabelValue(value)) {
          findings.report(LABELS, where, "pod label " + key + "=" + value + " is not a valid label",
              "use a label its pods carry: a qualified key and a value of at most 63 characters");
        }
      });
      for (Port port : peer.ports()) {
        if (!Names.isIanaServiceName(port.name()) || port.number() < 1 || port.number() > 65535) {
          findings.report(PORTS, where, "port " + port.name() + " (" + port.number() + ") is not a valid named port",
              "name it like a container port (e.g. 'http', at most 15 characters) and number it 1-65535");
        }
      }
      if (peer.ports().isEmpty()) {
        for (App app : stack.apps()) {
          for (Allow allow : app.allowTo()) {
            if (allow.name().equals(peer.name())) {
              findings.report(PORTS, Where.app(stack, app, "allowTo/" + peer.name()).at(allow.source()),
                  "'" + app.name() + "' may connect to peer '" + peer.name() + "', which declares no ports",
                  "declare the port it listens on, e.g. .port(\"http\", 8080)");
            }
          }
        }
      }
    }
  }
}
