package dev.shipshape.generator.network;

import dev.shipshape.dsl.Allow;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Egress;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.ServiceType;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may talk to whom in a stack, derived once from the intents ({@code allowFrom}, {@code allowTo},
 * {@code allowFromNamespace}, egress, Ingress and Gateway exposure, NodePort and LoadBalancer
 * Services). The NetworkPolicies and the traffic picture are both rendered from it, so they cannot
 * disagree.
 *
 * <p>An allowed connection between two apps appears on both sides: as ingress of the target and as
 * egress of the source, limited to the target's ports. An exposed app always lets its controller in
 * on the backend port, so no policy Shipshape renders can cut an exposed app off from its controller.
 *
 * <pre>{@code
 * TrafficModel model = TrafficModel.of(stack);
 * model.apps().get(0).ingress(); // [TrafficRule[peer=OfApp[frontend], ports=[http (8080/TCP)]]]
 * }</pre>
 *
 * @param stack the stack
 * @param apps each app's allowed flows, in the stack's order
 * @param acmeSolverSource who reaches cert-manager's HTTP-01 solver pods, when the stack needs them
 */
public record TrafficModel(Stack stack, List<AppTraffic> apps, Optional<Peer> acmeSolverSource) {

  /** The policy that isolates every pod of the namespace. */
  public static final String DEFAULT_DENY = "default-deny";
  /** The policy that keeps name resolution working under default-deny. */
  public static final String ALLOW_DNS = "allow-dns";
  /** The policy that lets the controller reach cert-manager's HTTP-01 solver pods. */
  public static final String ALLOW_ACME_SOLVER = "allow-acme-http01-solver";
  /** The port cert-manager's HTTP-01 solver pods listen on. */
  public static final int ACME_SOLVER_PORT = 8089;

  /** Ranges a host-name egress never reaches: private, shared (CGNAT), loopback and link-local. */
  public static final List<String> NON_PUBLIC_RANGES = List.of("10.0.0.0/8", "100.64.0.0/10",
      "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16");

  public TrafficModel {
    Objects.requireNonNull(stack, "stack");
    apps = List.copyOf(apps);
    Objects.requireNonNull(acmeSolverSource, "acmeSolverSource");
  }

  /** The flows of {@code stack}. Unknown app names and apps without ports are left out (validation reports them). */
  public static TrafficModel of(Stack stack) {
    List<AppTraffic> apps = new ArrayList<>();
    Optional<MeshProfile> mesh = MeshProfile.of(stack);
    for (App app : stack.apps()) {
      apps.add(new AppTraffic(app, meshed(ingressOf(stack, app), mesh, true),
          meshed(egressOf(stack, app), mesh, false)));
    }
    boolean http01 = stack.ingressController().isPresent() && stack.apps().stream()
        .anyMatch(app -> app.ingress().flatMap(Routes::tls).filter(Tls.CertManager.class::isInstance).isPresent());
    return new TrafficModel(stack, apps, http01 ? controllerPeer(stack) : Optional.empty());
  }

  /** The names of every NetworkPolicy the stack relies on, stack-wide ones first; none without apps. */
  public List<String> policyNames() {
    if (apps.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(DEFAULT_DENY, ALLOW_DNS));
    acmeSolverSource.ifPresent(peer -> names.add(ALLOW_ACME_SOLVER));
    apps.forEach(traffic -> names.add(traffic.app().name()));
    return names;
  }

  /** Where Ingress traffic comes from: the controller's namespace, or for ALB its VPC range. */
  public static Optional<Peer> controllerPeer(Stack stack) {
    return stack.ingressController().map(ControllerProfile::of).flatMap(profile -> profile.fromAddressRange()
        ? profile.vpcCidr().map(cidr -> new Peer.OfAddresses(cidr, List.of(),
            profile.displayName() + " (VPC " + cidr + ")", false))
        : Optional.of(new Peer.OfNamespace(profile.namespace(),
            profile.displayName() + " (namespace " + profile.namespace() + ")")));
  }

  /** Where Gateway traffic comes from: the namespace of the Gateway's proxy pods. */
  public static Peer gatewayPeer(Gateway gateway) {
    String namespace = gateway.controllerNamespace().orElse(gateway.namespace());
    return new Peer.OfNamespace(namespace,
        "Gateway " + gateway.namespace() + "/" + gateway.name() + " (namespace " + namespace + ")");
  }

  /** The container port an exposure sends requests to: the backend Service port's target. */
  public static Optional<PolicyPort> backendPort(App app, Routes routes) {
    return ServicePorts.serviceOf(app).flatMap(service -> {
      List<ServicePorts.ResolvedPort> ports = ServicePorts.resolve(app, service);
      return routes.backendPort()
          .flatMap(name -> ports.stream().filter(p -> p.name().equals(name)).findFirst())
          .or(() -> ports.stream().findFirst());
    }).map(port -> PolicyPort.named(port.target()));
  }

  private static List<TrafficRule> ingressOf(Stack stack, App app) {
    List<TrafficRule> rules = new ArrayList<>();
    app.ingress().ifPresent(routes -> controllerPeer(stack).ifPresent(peer ->
        backendPort(app, routes).ifPresent(port -> rules.add(new TrafficRule(peer, List.of(port))))));
    app.gatewayRoutes().ifPresent(routes -> stack.gateway().ifPresent(gateway ->
        backendPort(app, routes).ifPresent(port ->
            rules.add(new TrafficRule(gatewayPeer(gateway), List.of(port))))));
    List<PolicyPort> ports = reachable(app);
    app.service().filter(s -> s.type() == ServiceType.NODE_PORT || s.type() == ServiceType.LOAD_BALANCER)
        .ifPresent(service -> rules.add(new TrafficRule(new Peer.OfAddresses("0.0.0.0/0", List.of(),
            "clients outside the cluster (" + (service.type() == ServiceType.NODE_PORT ? "NodePort"
                : "LoadBalancer") + ")", false), ports)));
    if (ports.isEmpty()) {
      return rules;
    }
    for (App source : stack.apps()) {
      if (connects(source, app)) {
        rules.add(new TrafficRule(new Peer.OfApp(source), ports));
      }
    }
    for (Allow namespace : app.allowFromNamespaces()) {
      rules.add(new TrafficRule(new Peer.OfNamespace(namespace.name(), "namespace " + namespace.name()),
          ports));
    }
    return rules;
  }

  private static List<TrafficRule> egressOf(Stack stack, App app) {
    List<TrafficRule> rules = new ArrayList<>();
    for (App target : stack.apps()) {
      List<PolicyPort> ports = reachable(target);
      if (connects(app, target) && !ports.isEmpty()) {
        rules.add(new TrafficRule(new Peer.OfApp(target), ports));
      }
    }
    for (Egress egress : app.egress()) {
      if (egress instanceof Egress.ToCidr cidr) {
        rules.add(new TrafficRule(new Peer.OfAddresses(cidr.cidr(), cidr.except(), cidr.cidr(), false),
            cidr.ports().stream().map(PolicyPort::tcp).toList()));
      } else if (egress instanceof Egress.ToHost host) {
        rules.add(new TrafficRule(new Peer.OfAddresses("0.0.0.0/0", NON_PUBLIC_RANGES, host.host(), true),
            host.effectivePorts().stream().map(PolicyPort::tcp).toList()));
      }
    }
    return rules;
  }

  /**
   * The flows with what the mesh needs: its data-plane port on flows between pods of the cluster,
   * then its plumbing (control plane, probes, metrics).
   */
  private static List<TrafficRule> meshed(List<TrafficRule> rules, Optional<MeshProfile> mesh, boolean ingress) {
    if (mesh.isEmpty()) {
      return rules;
    }
    List<TrafficRule> result = new ArrayList<>();
    for (TrafficRule rule : rules) {
      boolean podsOfTheCluster = rule.peer() instanceof Peer.OfApp || rule.peer() instanceof Peer.OfNamespace;
      result.add(podsOfTheCluster && !rule.ports().isEmpty()
          ? rule.withMeshPorts(mesh.get().dataPlanePort().stream().toList()) : rule);
    }
    result.addAll(mesh.get().plumbing(ingress));
    return result;
  }

  /** Whether {@code source} may connect to {@code target}, declared on either side. */
  private static boolean connects(App source, App target) {
    return source.allowTo().stream().anyMatch(a -> a.name().equals(target.name()))
        || target.allowFrom().stream().anyMatch(a -> a.name().equals(source.name()));
  }

  private static List<PolicyPort> reachable(App app) {
    return ServicePorts.reachablePorts(app).stream().map(PolicyPort::named).toList();
  }
}
