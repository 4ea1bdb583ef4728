package dev.shipshape.generator.network;

import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Stack;
import java.util.List;
import java.util.Optional;

/**
 * What a service mesh needs from the network under default-deny NetworkPolicies, per mesh and mode:
 * <ul>
 *   <li>Istio sidecars fetch configuration and certificates from istiod on 15012 (XDS and CA over
 *       TLS); meshed connections keep their original ports. Prometheus scrapes the merged metrics of
 *       the sidecar agent on 15020 ({@code /stats/prometheus}).</li>
 *   <li>Istio ambient tunnels pod-to-pod traffic over HBONE on 15008, and kubelet health probes reach
 *       the pod from the link-local address 169.254.7.127 (ztunnel SNATs them). ztunnel, not the pod,
 *       talks to istiod.</li>
 *   <li>Linkerd sends meshed connections to the inbound proxy port 4143 instead of the original port;
 *       proxies call the control plane: identity 8080, destination 8086, policy 8090. Proxy metrics
 *       are on the admin port 4191 ({@code /metrics}).</li>
 * </ul>
 *
 * <pre>{@code
 * MeshProfile.of(stack).flatMap(MeshProfile::dataPlanePort); // Optional[4143/TCP] for Linkerd
 * }</pre>
 *
 * @param mesh the stack's mesh
 */
public record MeshProfile(Mesh mesh) {

  /** Where ztunnel's SNAT makes kubelet health probes come from in ambient mode. */
  public static final String AMBIENT_PROBE_SOURCE = "169.254.7.127/32";

  /** The profile of the stack's mesh, if it has one. */
  public static Optional<MeshProfile> of(Stack stack) {
    return stack.mesh().map(MeshProfile::new);
  }

  /** The port meshed connections arrive on besides the original one. */
  public Optional<PolicyPort> dataPlanePort() {
    return switch (mesh.kind()) {
      case ISTIO -> Optional.empty();
      case ISTIO_AMBIENT -> Optional.of(PolicyPort.tcp(15008));
      case LINKERD -> Optional.of(PolicyPort.tcp(4143));
    };
  }

  /** The control-plane ports each pod's proxy calls. */
  public List<PolicyPort> controlPlanePorts() {
    return switch (mesh.kind()) {
      case ISTIO -> List.of(PolicyPort.tcp(15012));
      case ISTIO_AMBIENT -> List.of();
      case LINKERD -> List.of(PolicyPort.tcp(8080), PolicyPort.tcp(8086), PolicyPort.tcp(8090));
    };
  }

  /** The control plane as a peer. */
  public Peer controlPlane() {
    String namespace = mesh.effectiveControlPlaneNamespace();
    return new Peer.OfNamespace(namespace, mesh.kind().displayName() + " control plane (namespace " + namespace + ")");
  }

  /** The proxy's metrics port, where a pod has a proxy. */
  public Optional<PolicyPort> metricsPort() {
    return switch (mesh.kind()) {
      case ISTIO -> Optional.of(PolicyPort.tcp(15020));
      case ISTIO_AMBIENT -> Optional.empty();
      case LINKERD -> Optional.of(PolicyPort.tcp(4191));
    };
  }

  /** The path of the proxy's metrics. */
  public String metricsPath() {
    return mesh.kind() == MeshKind.LINKERD ? "/metrics" : "/stats/prometheus";
  }

  /** The flows every meshed pod needs, as ingress (true) or egress (false) plumbing rules. */
  List<TrafficRule> plumbing(boolean ingress) {
    List<TrafficRule> rules = new java.util.ArrayList<>();
    if (ingress) {
      if (mesh.kind() == MeshKind.ISTIO_AMBIENT) {
        rules.add(new TrafficRule(new Peer.OfAddresses(AMBIENT_PROBE_SOURCE, List.of(),
            "kubelet health probes (ztunnel SNAT " + AMBIENT_PROBE_SOURCE + ")", false), List.of(), List.of(), true));
      }
      mesh.metricsNamespace().ifPresent(namespace -> metricsPort().ifPresent(port -> rules.add(new TrafficRule(
          new Peer.OfNamespace(namespace, "proxy metrics scraper (namespace " + namespace + ")"), List.of(),
          List.of(port), true))));
    } else if (!controlPlanePorts().isEmpty()) {
      rules.add(new TrafficRule(controlPlane(), List.of(), controlPlanePorts(), true));
    }
    return rules;
  }
}
