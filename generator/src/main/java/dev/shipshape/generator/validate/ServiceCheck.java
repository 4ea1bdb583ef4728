package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.ServicePort;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.network.ServicePorts;
import dev.shipshape.generator.syntax.Cidr;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** An app's Service: ports that exist, node ports in range and justified, sound load balancers. */
final class ServiceCheck implements Check {

  static final Rule NO_PORTS = Rule.error("NET-SERVICE-NO-PORTS", "a Service on an app without ports");
  static final Rule PORT_RANGE = Rule.error("NET-SERVICE-PORT-RANGE", "a Service port lies outside 1-65535");
  static final Rule PORT_DUPLICATE = Rule.error("NET-SERVICE-PORT-DUPLICATE", "a Service port is declared twice");
  static final Rule TARGET_PORT = Rule.error("NET-SERVICE-TARGET-PORT", "a Service port targets no container port");
  static final Rule NODE_PORT_RANGE = Rule.error("NET-NODEPORT-RANGE", "a nodePort lies outside 30000-32767");
  static final Rule NODE_PORT_TYPE = Rule.error("NET-NODEPORT-TYPE", "a nodePort on a Service without node ports");
  static final Rule NODE_PORT_RISK = Rule.warning("NET-NODEPORT-RISK", "a NodePort Service without a written reason")
      .errorInProduction();
  static final Rule SOURCE_RANGE = Rule.error("NET-LB-SOURCE-RANGE", "a load balancer source range is not a CIDR");
  static final Rule OPEN_TO_WORLD = Rule.warning("NET-LB-OPEN", "an internet-facing load balancer open to every address");
  static final Rule CLOUD_UNSET = Rule.warning("NET-LB-CLOUD", "a load balancer without a cloud");

  @Override
  public List<Rule> rules() {
    return List.of(NO_PORTS, PORT_RANGE, PORT_DUPLICATE, TARGET_PORT, NODE_PORT_RANGE, NODE_PORT_TYPE,
        NODE_PORT_RISK, SOURCE_RANGE, OPEN_TO_WORLD, CLOUD_UNSET);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      ServicePorts.serviceOf(app).ifPresent(service -> {
        Where where = Where.app(stack, app, "service").at(service.source());
        checkPorts(app, service, where, findings);
        checkNodePort(service, where, findings);
        if (service.type() == ServiceType.LOAD_BALANCER) {
          checkLoadBalancer(stack, service, where, findings);
        }
      });
    }
  }

  private static void checkPorts(App app, Service service, Where where, Findings findings) {
    if (app.ports().isEmpty()) {
      findings.report(NO_PORTS, where, "app '" + app.name()
              + "' has a Service but its container declares no ports",
          "declare the port the container listens on, e.g. .port(8080)");
      return;
    }
    Set<String> names = app.ports().stream().map(Port::name).collect(Collectors.toSet());
    Set<Integer> numbers = app.ports().stream().map(Port::number).collect(Collectors.toSet());
    Set<Integer> seen = new HashSet<>();
    for (ServicePort port : service.ports()) {
      if (port.port() < 1 || port.port() > 65535) {
        findings.report(PORT_RANGE, where, "Service port " + port.port() + " is outside 1-65535",
            "choose the port clients connect to, between 1 and 65535, e.g. 80");
      }
      if (!seen.add(port.port())) {
        findings.report(PORT_DUPLICATE, where, "Service port " + port.port() + " is declared twice",
            "declare each Service port once");
      }
      port.targetName().filter(name -> !names.contains(name)).ifPresent(name ->
          findings.report(TARGET_PORT, where, "Service port " + port.port()
                  + " targets container port '" + name + "', which the container does not declare "
                  + "(it declares " + describe(app) + ")",
              DidYouMean.closest(name, names).map(n -> "did you mean '" + n + "'?")
                  .orElse("target one of the container's ports, or declare '" + name + "' with .port(\""
                      + name + "\", <number>)")));
      port.targetNumber().filter(number -> !numbers.contains(number)).ifPresent(number ->
          findings.report(TARGET_PORT, where, "Service port " + port.port()
                  + " targets container port " + number + ", which the container does not declare "
                  + "(it declares " + describe(app) + ")",
              "target a declared container port by name, e.g. .port(" + port.port() + ", \""
                  + app.ports().get(0).name() + "\")"));
    }
  }

  private static void checkNodePort(Service service, Where where, Findings findings) {
    boolean hasNodePorts = service.type() == ServiceType.NODE_PORT
        || service.type() == ServiceType.LOAD_BALANCER;
    service.fixedNodePort().ifPresent(nodePort -> {
      if (!hasNodePorts) {
        findings.report(NODE_PORT_TYPE, where, "nodePort " + nodePort + " is set on a "
                + service.type() + " Service, which opens no node ports",
            "remove .nodePort(...), or use Service.nodePort() if node ports are really needed");
      } else if (nodePort < 30000 || nodePort > 32767) {
        findings.report(NODE_PORT_RANGE, where, "nodePort " + nodePort + " is outside 30000-32767",
            "omit nodePort to let Kubernetes pick one, or choose a port in 30000-32767");
      }
    });
    if (service.type() == ServiceType.NODE_PORT && service.nodePortReason().isEmpty()) {
      findings.report(NODE_PORT_RISK, where,
          "a NodePort Service opens its port on every node of the cluster, bypassing TLS and ingress rules",
          "prefer a ClusterIP Service behind an Ingress (or a LoadBalancer for L4); if a NodePort is "
              + "really needed, say why with .because(\"…\")");
    }
  }

  private static void checkLoadBalancer(Stack stack, Service service, Where where, Findings findings) {
    for (String range : service.sourceRanges()) {
      if (!Cidr.isValid(range)) {
        findings.report(SOURCE_RANGE, where, "source range '" + range + "' is not a CIDR block",
            "write an address with a prefix length, e.g. '203.0.113.0/24'");
      }
    }
    if (service.internetFacing() && service.sourceRanges().isEmpty()) {
      findings.report(OPEN_TO_WORLD, where,
          "the internet-facing load balancer accepts connections from every address",
          "limit clients with .sourceRanges(\"203.0.113.0/24\"), or suppress NET-LB-OPEN with the "
              + "reason the service is public");
    }
    if (service.cloud().or(stack::cloud).isEmpty()) {
      findings.report(CLOUD_UNSET, where,
          "no cloud is set, so the load balancer's type and scheme are left to the cluster's defaults",
          "set .cloud(Cloud.AWS|AZURE|GCP) on the stack or use Service.loadBalancer(Cloud.…)");
    }
  }

  private static String describe(App app) {
    return app.ports().stream().map(p -> p.name() + "=" + p.number()).collect(Collectors.joining(", "));
  }
}
