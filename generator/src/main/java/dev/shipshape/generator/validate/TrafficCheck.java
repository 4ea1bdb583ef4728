package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Allow;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Egress;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.network.ServicePorts;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.syntax.Cidr;
import dev.shipshape.generator.syntax.Hostname;
import dev.shipshape.generator.syntax.Names;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The traffic intents behind the NetworkPolicies: peers that exist and have ports, well-formed egress
 * targets, Services somebody can reach, and a network plugin that enforces what is rendered.
 */
final class TrafficCheck implements Check {

  static final Rule UNKNOWN = Rule.error("NET-ALLOW-UNKNOWN", "an allowFrom/allowTo names no app of the stack");
  static final Rule PORTS = Rule.error("NET-ALLOW-PORTS", "an allowed connection has no ports to go to");
  static final Rule EGRESS = Rule.error("NET-EGRESS-TARGET", "an egress CIDR, host or port is malformed");
  static final Rule FQDN = Rule.warning("NET-EGRESS-FQDN", "host-name egress is rendered as public addresses");
  static final Rule UNREACHABLE = Rule.warning("NET-UNREACHABLE", "an app has a Service nobody may reach");
  static final Rule NOT_ENFORCED = Rule.warning("NET-POLICY-NOT-ENFORCED", "the network plugin ignores NetworkPolicies");

  @Override
  public List<Rule> rules() {
    return List.of(UNKNOWN, PORTS, EGRESS, FQDN, UNREACHABLE, NOT_ENFORCED);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> apps = stack.apps().stream().map(App::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    stack.peers().forEach(peer -> apps.add(peer.name()));
    for (App app : stack.apps()) {
      app.allowFrom().forEach(allow -> checkPeer(stack, app, allow, "allowFrom", apps, findings));
      app.allowTo().forEach(allow -> checkPeer(stack, app, allow, "allowTo", apps, findings));
      for (Allow namespace : app.allowFromNamespaces()) {
        if (!Names.isDns1123Label(namespace.name())) {
          findings.report(NameCheck.INVALID, Where.app(stack, app, "allowFromNamespace/" + namespace.name())
                  .at(namespace.source()), "namespace '" + namespace.name() + "' is not a DNS-1123 label",
              "use the namespace's name, e.g. 'monitoring'");
        }
      }
      if ((!app.allowFrom().isEmpty() || !app.allowFromNamespaces().isEmpty()) && app.ports().isEmpty()) {
        findings.report(PORTS, Where.app(stack, app, "allowFrom"), "connections to '" + app.name()
                + "' are allowed but it declares no container ports",
            "declare the port it listens on, e.g. .port(8080)");
      }
      app.egress().forEach(egress -> checkEgress(stack, app, egress, findings));
      checkReachable(stack, app, findings);
    }
    stack.cni().filter(cni -> !cni.enforcesNetworkPolicies()).ifPresent(cni -> {
      for (String policy : TrafficModel.of(stack).policyNames()) {
        findings.report(NOT_ENFORCED, Where.stack(stack, "networkpolicy/" + policy),
            "NetworkPolicy '" + policy + "' will not be enforced: Flannel ignores NetworkPolicies, so "
                + "every pod can still reach every other",
            "run Canal (Flannel + Calico policy), Calico or Cilium, then declare it with .cni(Cni.CALICO)");
      }
    });
  }

  private static void checkPeer(Stack stack, App app, Allow allow, String intent, Set<String> apps,
      Findings findings) {
    Where where = Where.app(stack, app, intent + "/" + allow.name()).at(allow.source());
    if (!apps.contains(allow.name())) {
      findings.report(UNKNOWN, where, intent + "(\"" + allow.name() + "\") names no app of stack '"
              + stack.name() + "' (it has " + apps + ")",
          DidYouMean.closest(allow.name(), apps).map(n -> "did you mean '" + n + "'?")
              .orElse("name an app of this stack; for other namespaces use .allowFromNamespace(\"…\"); for a workload"
                  + " added with .object(…), declare it with .peer(Peer.named(\"" + allow.name() + "\")…)"));
      return;
    }
    if (intent.equals("allowTo")) {
      stack.apps().stream().filter(a -> a.name().equals(allow.name()) && a.ports().isEmpty()).findFirst()
          .ifPresent(target -> findings.report(PORTS, where, "'" + app.name() + "' may connect to '"
                  + target.name() + "', which declares no container ports",
              "declare the port '" + target.name() + "' listens on, e.g. .port(8080)"));
    }
  }

  private static void checkEgress(Stack stack, App app, Egress egress, Findings findings) {
    Where where = Where.app(stack, app, "allowTo").at(egress.source());
    egress.ports().stream().filter(p -> p < 1 || p > 65535).forEach(port ->
        findings.report(EGRESS, where, "egress port " + port + " is outside 1-65535",
            "use the port the remote side listens on, e.g. 443"));
    if (egress instanceof Egress.ToCidr cidr) {
      if (!Cidr.isValid(cidr.cidr())) {
        findings.report(EGRESS, where, "egress range '" + cidr.cidr() + "' is not a CIDR block",
            "write an address with a prefix length, e.g. '10.20.0.0/16'");
        return;
      }
      cidr.except().stream().filter(except -> !Cidr.contains(cidr.cidr(), except)).forEach(except ->
          findings.report(EGRESS, where, "excepted range '" + except + "' is not inside '" + cidr.cidr() + "'",
              "except only sub-ranges of the allowed range, e.g. '" + cidr.cidr() + "'"
                  + " with a longer prefix"));
    } else if (egress instanceof Egress.ToHost host) {
      if (Hostname.looksLikeIpAddress(host.host()) || !Hostname.isHostname(host.host())) {
        findings.report(EGRESS, where, "egress host '" + host.host() + "' is not a lowercase DNS name",
            "for addresses use Egress.cidr(\"203.0.113.7/32\"); for names write e.g. 'api.stripe.com'");
      } else {
        findings.report(FQDN, where, "core NetworkPolicy cannot filter by host name: egress to "
                + host.host() + " is rendered as egress to every public address on TCP "
                + host.effectivePorts(),
            "prefer Egress.cidr(...) when the provider publishes its ranges; otherwise suppress "
                + "NET-EGRESS-FQDN with the reason the wider rule is acceptable");
      }
    }
  }

  private static void checkReachable(Stack stack, App app, Findings findings) {
    if (app.service().isEmpty() || app.service().get().type() == ServiceType.NODE_PORT
        || app.service().get().type() == ServiceType.LOAD_BALANCER) {
      return;
    }
    boolean reachable = app.ingress().isPresent() || app.gatewayRoutes().isPresent()
        || !app.allowFrom().isEmpty() || !app.allowFromNamespaces().isEmpty()
        || stack.apps().stream().anyMatch(other -> other.allowTo().stream().anyMatch(a -> a.name().equals(app.name())));
    if (!reachable) {
      findings.report(UNREACHABLE, Where.app(stack, app, "service").at(app.service().get().source()),
          "'" + app.name() + "' has a Service ('" + ServicePorts.nameOf(app, app.service().get())
              + "') but the NetworkPolicies let nobody reach it",
          "say who may connect, e.g. .allowFrom(\"<app>\"), .allowFromNamespace(\"<namespace>\") or "
              + ".exposeViaIngress(...)");
    }
  }
}
