package dev.shipshape.generator.network;

import java.util.List;
import java.util.Objects;

/**
 * The flows of a user workload declared as a peer: who may reach it (apps that {@code allowTo} it,
 * on its declared ports) and whom it may reach (apps that {@code allowFrom} it, on their ports). Its
 * own NetworkPolicy is rendered from these, so default-deny does not cut it off.
 *
 * <pre>{@code
 * PeerTraffic worker = TrafficModel.of(stack).peers().get(0);
 * worker.egress(); // [TrafficRule[peer=OfApp[api], ports=[http (8080/TCP)]]]
 * }</pre>
 *
 * @param peer the peer as declared
 * @param ingress the flows into its pods
 * @param egress the flows out of its pods
 */
public record PeerTraffic(dev.shipshape.dsl.Peer peer, List<TrafficRule> ingress, List<TrafficRule> egress) {

  public PeerTraffic {
    Objects.requireNonNull(peer, "peer");
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }
}
