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
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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
 * @param peers the flows of each user workload declared as a peer, in declaration order
 * @param acmeSolverSource who reaches cert-manager's HTTP-01 solver pods, when the stack needs them
 */
public record TrafficModel(Stack stack, List<AppTraffic> apps, List<PeerTraffic> peers,
                           Optional<Peer> acmeSolverSource) {

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
    peers = List.copyOf(peers);
    Objects.requireNonNull(acmeSolverSource, "acmeSolverSource");
  }

  /** The flows of {@code stack}. Unknown app names and apps without ports are left out (validation reports them). */
  public static TrafficModel of(Stack stack) {
    List<App> declared = stack.apps();
    List<List<PolicyPort>> reachable = declared.stream().map(TrafficModel::reachable).toList();
    List<BitSet> targets = new ArrayList<>();
    List<BitSet> sources = new ArrayList<>();
    connections(declared, targets, sources);
    List<AppTraffic> apps = new ArrayList<>();
    Optional<MeshProfile> mesh = MeshProfile.of(stack);
    Map<String, dev.shipshape.dsl.Peer> peers = new HashMap<>();
    stack.peers().forEach(peer -> peers.putIfAbsent(peer.name(), peer));
    for (int i = 0; i < declared.size(); i++) {
      App app = declared.get(i);
      List<TrafficRule> ingress = ingressOf(stack, app, reachable.get(i), sources.get(i));
      List<TrafficRule> egress = egressOf(stack, app, reachable, targets.get(i));
      List<PolicyPort> own = reachable.get(i);
      ingress.addAll(workloadRules(app.allowFrom(), peers, peer -> own));
      egress.addAll(workloadRules(app.allowTo(), peers, peer -> peer.ports().stream().map(PolicyPort::named).toList()));
      apps.add(new AppTraffic(app, meshed(ingress, mesh, true), meshed(egress, mesh, false)));
    }
    List<PeerTraffic> peerTraffic = stack.peers().stream()
        .filter(peer -> peers.get(peer.name()) == peer)
        .map(peer -> peerTraffic(declared, reachable, peer)).toList();
    boolean http01 = stack.ingressController().isPresent() && stack.apps().stream()
        .anyMatch(app -> app.ingress().flatMap(Routes::tls).filter(Tls.CertManager.class::isInstance).isPresent());
    return new TrafficModel(stack, apps, peerTraffic, http01 ? controllerPeer(stack) : Optional.empty());
  }

  /** The names of every NetworkPolicy the stack relies on, stack-wide ones first; none without apps. */
  public List<String> policyNames() {
    if (apps.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>(List.of(DEFAULT_DENY, ALLOW_DNS));
    acmeSolverSource.ifPresent(peer -> names.add(ALLOW_ACME_SOLVER));
    apps.forEach(traffic -> names.add(traffic.app().name()));
    peers.forEach(traffic -> names.add(traffic.peer().name()));
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

  /**
   * Which apps may connect to which, declared on either side ({@code allowTo} of the source or
   * {@code allowFrom} of the target), as app indices: {@code targets.get(s)} holds the targets of
   * app {@code s}, {@code sources.get(t)} the sources of app {@code t}. Linear in the apps and
   * their allows: names are looked up, not searched.
   */
  private static void connections(List<App> apps, List<BitSet> targets, List<BitSet> sources) {
    Map<String, List<Integer>> byName = new HashMap<>();
    for (int i = 0; i < apps.size(); i++) {
      byName.computeIfAbsent(apps.get(i).name(), name -> new ArrayList<>()).add(i);
      targets.add(new BitSet());
      sources.add(new BitSet());
    }
    for (int i = 0; i < apps.size(); i++) {
      for (Allow allow : apps.get(i).allowTo()) {
        for (int target : byName.getOrDefault(allow.name(), List.of())) {
          targets.get(i).set(target);
          sources.get(target).set(i);
        }
      }
      for (Allow allow : apps.get(i).allowFrom()) {
        for (int source : byName.getOrDefault(allow.name(), List.of())) {
          targets.get(source).set(i);
          sources.get(i).set(source);
        }
      }
    }
  }

  /** Rules to the peers among {@code allows} (names of apps are left to the app connections). */
  private static List<TrafficRule> workloadRules(List<Allow> allows, Map<String, dev.shipshape.dsl.Peer> peers,
      Function<dev.shipshape.dsl.Peer, List<PolicyPort>> ports) {
    if (peers.isEmpty()) {
      return List.of();
    }
    List<TrafficRule> rules = new ArrayList<>();
    for (Allow allow : allows) {
      dev.shipshape.dsl.Peer peer = peers.get(allow.name());
      if (peer != null && !ports.apply(peer).isEmpty()) {
        rules.add(new TrafficRule(new Peer.OfWorkload(peer), ports.apply(peer)));
      }
    }
    return rules;
  }

  /** The peer's side: apps that {@code allowTo} it come in on its ports; it reaches apps that {@code allowFrom} it. */
  private static PeerTraffic peerTraffic(List<App> apps, List<List<PolicyPort>> reachable, dev.shipshape.dsl.Peer peer) {
    List<TrafficRule> ingress = new ArrayList<>();
    List<TrafficRule> egress = new ArrayList<>();
    List<PolicyPort> ports = peer.ports().stream().map(PolicyPort::named).toList();
    for (int i = 0; i < apps.size(); i++) {
      App app = apps.get(i);
      if (!ports.isEmpty() && app.allowTo().stream().anyMatch(allow -> allow.name().equals(peer.name()))) {
        ingress.add(new TrafficRule(new Peer.OfApp(app), ports));
      }
      if (!reachable.get(i).isEmpty() && app.allowFrom().stream().anyMatch(allow -> allow.name().equals(peer.name()))) {
        egress.add(new TrafficRule(new Peer.OfApp(app), reachable.get(i)));
      }
    }
    return new PeerTraffic(peer, ingress, egress);
  }

  private static List<TrafficRule> ingressOf(Stack stack, App app, List<PolicyPort> ports, BitSet sources) {
    List<TrafficRule> rules = new ArrayList<>();
    app.ingress().ifPresent(routes -> controllerPeer(stack).ifPresent(peer ->
        backendPort(app, routes).ifPresent(port -> rules.add(new TrafficRule(peer, List.of(port))))));
    app.gatewayRoutes().ifPresent(routes -> stack.gateway().ifPresent(gateway ->
        backendPort(app, routes).ifPresent(port ->
            rules.add(new TrafficRule(gatewayPeer(gateway), List.of(port))))));
    app.service().filter(s -> s.type() == ServiceType.NODE_PORT || s.type() == ServiceType.LOAD_BALANCER)
        .ifPresent(service -> rules.add(new TrafficRule(new Peer.OfAddresses("0.0.0.0/0", List.of(),
            "clients outside the cluster (" + (service.type() == ServiceType.NODE_PORT ? "NodePort"
                : "LoadBalancer") + ")", false), ports)));
    if (ports.isEmpty()) {
      return rules;
    }
    for (int source = sources.nextSetBit(0); source >= 0; source = sources.nextSetBit(source + 1)) {
      rules.add(new TrafficRule(new Peer.OfApp(stack.apps().get(source)), ports));
    }
    for (Allow namespace : app.allowFromNamespaces()) {
      rules.add(new TrafficRule(new Peer.OfNamespace(namespace.name(), "namespace " + namespace.name()),
          ports));
    }
    return rules;
  }

  private static List<TrafficRule> egressOf(Stack stack, App app, List<List<PolicyPort>> reachable,
      BitSet targets) {
    List<TrafficRule> rules = new ArrayList<>();
    for (int target = targets.nextSetBit(0); target >= 0; target = targets.nextSetBit(target + 1)) {
      if (!reachable.get(target).isEmpty()) {
        rules.add(new TrafficRule(new Peer.OfApp(stack.apps().get(target)), reachable.get(target)));
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

  private static List<PolicyPort> reachable(App app) {
    return ServicePorts.reachablePorts(app).stream().map(PolicyPort::named).toList();
  }
}
