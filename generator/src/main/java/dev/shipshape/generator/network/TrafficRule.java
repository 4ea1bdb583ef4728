package dev.shipshape.generator.network;

import java.util.List;
import java.util.Objects;

/**
 * One allowed flow of a NetworkPolicy: a peer and the ports (empty means every port).
 *
 * <pre>{@code
 * new TrafficRule(new Peer.OfApp(frontend), List.of(PolicyPort.named(Port.tcp("http", 8080))));
 * }</pre>
 *
 * @param peer who is on the other end
 * @param ports the destination ports; empty means all
 */
public record TrafficRule(Peer peer, List<PolicyPort> ports) {

  public TrafficRule {
    Objects.requireNonNull(peer, "peer");
    ports = List.copyOf(ports);
  }
}
