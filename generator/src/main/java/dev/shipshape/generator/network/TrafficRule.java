package dev.shipshape.generator.network;

import java.util.List;
import java.util.Objects;

/**
 * One allowed flow of a NetworkPolicy: a peer and the ports (empty means every port).
 *
 * <p>With a service mesh, a flow between meshed pods also needs the mesh's data-plane port (Linkerd's
 * inbound proxy port, Istio ambient's HBONE tunnel): those are {@code meshPorts}, opened by the
 * NetworkPolicies but not part of what the mesh's own authorization allows. Flows the mesh itself
 * needs (its control plane, health probes, metrics) are {@code plumbing}: rendered as NetworkPolicy
 * rules, never as authorization.
 *
 * <pre>{@code
 * new TrafficRule(new Peer.OfApp(frontend), List.of(PolicyPort.named(Port.tcp("http", 8080))));
 * }</pre>
 *
 * @param peer who is on the other end
 * @param ports the destination ports; empty (with no mesh ports) means all
 * @param meshPorts the mesh's data-plane ports the flow also needs
 * @param plumbing whether the flow serves the mesh rather than an intent of the user
 */
public record TrafficRule(Peer peer, List<PolicyPort> ports, List<PolicyPort> meshPorts, boolean plumbing) {

  public TrafficRule {
    Objects.requireNonNull(peer, "peer");
    ports = List.copyOf(ports);
    meshPorts = List.copyOf(meshPorts);
  }

  /** A flow the user declared, without mesh ports. */
  public TrafficRule(Peer peer, List<PolicyPort> ports) {
    this(peer, ports, List.of(), false);
  }

  /** The same flow, also open on {@code meshPorts}. */
  TrafficRule withMeshPorts(List<PolicyPort> meshPorts) {
    return new TrafficRule(peer, ports, meshPorts, plumbing);
  }

  /** Every port the NetworkPolicy opens: the flow's ports, then the mesh's. */
  public List<PolicyPort> allPorts() {
    if (meshPorts.isEmpty()) {
      return ports;
    }
    return java.util.stream.Stream.concat(ports.stream(), meshPorts.stream()).toList();
  }
}
