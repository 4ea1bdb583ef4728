package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.PathType;
import dev.shipshape.dsl.Route;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.network.ControllerProfile;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.ServicePorts;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.syntax.Cidr;
import dev.shipshape.generator.syntax.Hostname;
import dev.shipshape.generator.syntax.Names;
import dev.shipshape.generator.syntax.ValueFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * HTTP exposure through an Ingress or a Gateway: a controller or Gateway to serve it, valid hosts and
 * paths, each host and path routed once, a backend port that exists, and ALB settings that keep the
 * load balancer able to reach the pods.
 */
final class IngressCheck implements Check {

  static final Rule CONTROLLER = Rule.error("NET-INGRESS-CONTROLLER", "an Ingress without an ingress controller");
  static final Rule NGINX_RETIRED = Rule.warning("NET-INGRESS-NGINX-RETIRED", "ingress-nginx is retired upstream");
  static final Rule HOST = Rule.error("NET-INGRESS-HOST", "a route host is not a DNS name");
  static final Rule PATH = Rule.error("NET-INGRESS-PATH", "a route path is not valid for its path type");
  static final Rule DUPLICATE = Rule.error("NET-INGRESS-DUPLICATE", "a host and path are routed twice");
  static final Rule BACKEND_PORT = Rule.error("NET-INGRESS-BACKEND-PORT", "a backend port the Service does not have");
  static final Rule GATEWAY = Rule.error("NET-GATEWAY-MISSING", "an HTTPRoute without a Gateway");
  static final Rule GATEWAY_PATHS = Rule.error("NET-GATEWAY-PATHS", "Gateway routes whose hosts have different paths");
  static final Rule ALB_TARGET_TYPE = Rule.error("NET-ALB-TARGET-TYPE", "ALB instance targets need node ports");
  static final Rule CONTROLLER_NAMESPACE = Rule.error("NET-CONTROLLER-NAMESPACE",
      "the ingress controller or Gateway runs in the stack's own namespace");
  static final Rule ALB_VPC = Rule.error("NET-ALB-VPC-CIDR", "an ALB without the VPC range its traffic comes from");

  private static final String RETIRED_HINT =
      "plan the move to IngressController.traefik() (it understands many nginx annotations), "
          + "IngressController.haproxy(), or a Gateway API implementation with .exposeViaGateway(...)";

  @Override
  public List<Rule> rules() {
    return List.of(CONTROLLER, NGINX_RETIRED, HOST, PATH, DUPLICATE, BACKEND_PORT, GATEWAY, GATEWAY_PATHS,
        ALB_TARGET_TYPE, ALB_VPC, CONTROLLER_NAMESPACE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    checkController(stack, findings);
    Map<String, String> ingressRoutes = new HashMap<>();
    Map<String, String> gatewayRoutes = new HashMap<>();
    for (App app : stack.apps()) {
      app.ingress().ifPresent(routes -> {
        Where where = Where.app(stack, app, "ingress").at(routes.source());
        if (stack.ingressController().isEmpty()) {
          findings.report(CONTROLLER, where, "app '" + app.name()
                  + "' is exposed through an Ingress but the stack has no ingress controller",
              "choose one for the stack, e.g. .ingressController(IngressController.traefik()), or use "
                  + ".exposeViaGateway(...)");
        }
        checkRoutes(stack, app, routes, where, ingressRoutes, "ingress", findings);
        checkAlbTargets(stack, app, where, findings);
      });
      app.gatewayRoutes().ifPresent(routes -> {
        Where where = Where.app(stack, app, "gateway").at(routes.source());
        if (stack.gateway().isEmpty()) {
          findings.report(GATEWAY, where, "app '" + app.name()
                  + "' is exposed through an HTTPRoute but the stack names no Gateway",
              "name the Gateway the route attaches to, e.g. .gateway(Gateway.named(\"public-gw\", \"infra\"))");
        }
        checkRoutes(stack, app, routes, where, gatewayRoutes, "gateway", findings);
        checkSamePaths(app, routes, where, findings);
      });
    }
  }

  private static void checkController(Stack stack, Findings findings) {
    stack.gateway().map(TrafficModel::gatewayPeer).map(peer -> ((Peer.OfNamespace) peer).namespace())
        .filter(stack.namespaceName()::equals).ifPresent(namespace -> reportOwnNamespace(stack,
            Where.stack(stack, "gateway"), "the Gateway's proxies", ".controllerNamespace(\"<namespace>\")", findings));
    stack.ingressController().ifPresent(controller -> {
      Where where = Where.stack(stack, "ingressController");
      ControllerProfile profile = ControllerProfile.of(controller);
      if (!profile.fromAddressRange() && profile.namespace().equals(stack.namespaceName())) {
        reportOwnNamespace(stack, where, profile.displayName() + " pods", ".namespace(\"<namespace>\")", findings);
      }
      if (controller.kind() == IngressController.Kind.NGINX) {
        findings.report(NGINX_RETIRED, where, "ingress-nginx is retired upstream: best-effort maintenance "
                + "ended in March 2026, with no releases, bug fixes or security fixes since; existing "
                + "installations keep working", RETIRED_HINT);
      }
      controller.namespace().filter(ns -> !Names.isDns1123Label(ns)).ifPresent(ns ->
          findings.report(NameCheck.INVALID, where, "controller namespace '" + ns + "' is not a DNS-1123 label",
              "use the namespace the controller runs in, e.g. 'traefik'"));
      if (controller.kind() == IngressController.Kind.ALB) {
        Optional<String> vpc = controller.vpcCidr();
        if (vpc.isEmpty() || !Cidr.isValid(vpc.get())) {
          findings.report(ALB_VPC, where, vpc.map(c -> "VPC range '" + c + "' is not a CIDR block")
                  .orElse("the ALB's VPC range is not set, so NetworkPolicies cannot let the load "
                      + "balancer reach the exposed apps"),
              "give the VPC CIDR the ALB sends from, e.g. IngressController.alb().vpcCidr(\"10.0.0.0/16\")");
        }
      }
    });
  }

  private static void reportOwnNamespace(Stack stack, Where where, String who, String setting,
      Findings findings) {
    findings.report(CONTROLLER_NAMESPACE, where, who + " run in namespace '" + stack.namespaceName()
            + "', the stack's own, whose default-deny policy would cut them off from the apps they serve",
        "deploy the stack into its own namespace with .namespace(\"<name>\"), or point " + setting
            + " at the namespace the controller really runs in");
  }

  private static void checkRoutes(Stack stack, App app, Routes routes, Where where, Map<String, String> seen,
      String kind, Findings findings) {
    if (routes.routes().isEmpty()) {
      findings.report(HOST, where, "app '" + app.name() + "' is exposed without any host",
          "route a host, e.g. Routes.host(\"shop.example.com\")");
    }
    for (Route route : routes.routes()) {
      Where at = where.at(route.source());
      checkHost(route.host(), at, findings);
      checkPath(route, at, findings);
      String key = route.host() + route.path();
      String owner = seen.putIfAbsent(key, app.name());
      if (owner != null) {
        findings.report(DUPLICATE, at, "host " + route.host() + " path " + route.path() + " is routed to '"
                + owner + "' and again to '" + app.name() + "' (" + kind + ")",
            "route each host and path to one app; give one of them another path, e.g. '/"
                + app.name() + "'");
      }
    }
    ServicePorts.serviceOf(app).ifPresent(service -> routes.backendPort().ifPresent(name -> {
      Set<String> names = ServicePorts.resolve(app, service).stream().map(ServicePorts.ResolvedPort::name)
          .collect(Collectors.toCollection(java.util.TreeSet::new));
      if (!names.contains(name)) {
        findings.report(BACKEND_PORT, where, "backend port '" + name + "' is not a port of the Service"
                + " (it has " + names + ")",
            DidYouMean.closest(name, names).map(n -> "did you mean '" + n + "'?")
                .orElse("name one of the Service's ports with .backendPort(\"...\")"));
      }
    }));
  }

  private static void checkHost(String host, Where where, Findings findings) {
    if (Hostname.looksLikeIpAddress(host) || !ValueFormat.INGRESS_HOST.matches(host)) {
      String lower = host.toLowerCase(Locale.ROOT);
      findings.report(HOST, where, "host '" + host + "' is not a DNS name (IP addresses, ports, "
              + "schemes and a bare '*' are not allowed)",
          !lower.equals(host) && Hostname.isHostname(lower.replaceFirst("^\\*\\.", ""))
              ? "did you mean '" + lower + "'?"
              : "use a host name such as 'shop.example.com', or one leading wildcard label '*.example.com'");
    }
  }

  private static void checkPath(Route route, Where where, Findings findings) {
    if (route.pathType() != PathType.IMPLEMENTATION_SPECIFIC && !route.path().startsWith("/")) {
      findings.report(PATH, where, "path '" + route.path() + "' does not start with '/', which "
              + route.pathType() + " paths must", "write an absolute path, e.g. '/" + route.path() + "'");
    } else if (route.path().isBlank()) {
      findings.report(PATH, where, "the path is empty", "write a path such as '/'");
    }
  }

  /** An HTTPRoute's hostnames apply to every rule, so every host must have the same paths. */
  private static void checkSamePaths(App app, Routes routes, Where where, Findings findings) {
    Function<Route, String> match = route -> route.path() + " " + route.pathType();
    Map<String, Set<String>> pathsByHost = routes.routes().stream().collect(Collectors.groupingBy(
        Route::host, java.util.TreeMap::new, Collectors.mapping(match, Collectors.toCollection(java.util.TreeSet::new))));
    if (pathsByHost.values().stream().distinct().count() > 1) {
      findings.report(GATEWAY_PATHS, where, "the hosts of app '" + app.name()
              + "' have different paths " + pathsByHost + ", but one HTTPRoute applies every path to every host",
          "give every host the same paths, or expose the extra paths through another app");
    }
  }

  private static void checkAlbTargets(Stack stack, App app, Where where, Findings findings) {
    boolean instance = stack.ingressController()
        .filter(c -> c.kind() == IngressController.Kind.ALB && c.targetType() == IngressController.AlbTargetType.INSTANCE)
        .isPresent();
    boolean nodePorts = ServicePorts.serviceOf(app).map(s -> s.type() == ServiceType.NODE_PORT
        || s.type() == ServiceType.LOAD_BALANCER).orElse(false);
    if (instance && !nodePorts) {
      findings.report(ALB_TARGET_TYPE, where, "the ALB sends to node ports (target type instance) but app '"
              + app.name() + "' has no NodePort or LoadBalancer Service",
          "use the default target type IP (pods reached directly), or give the app "
              + ".service(Service.nodePort().because(\"ALB instance targets\"))");
    }
  }
}
