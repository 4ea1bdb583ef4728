package dev.shipshape.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workload Shipshape does not render itself (one added with {@link UserObject}) that takes part
 * in the traffic model: apps name it in {@code allowFrom}/{@code allowTo}, and the NetworkPolicies
 * of both sides select its pods by {@code podLabels}. A peer's own policy lets in what apps send it
 * and lets out what it sends, on the ports declared here.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .object(UserObject.resource("legacy/worker.yaml"))
 *     .peer(Peer.named("legacy-worker").podLabel("app.kubernetes.io/name", "legacy-worker").port("http", 8080))
 *     .app(App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080).allowFrom("legacy-worker"));
 * }</pre>
 *
 * @param name how apps refer to it; a DNS-1123 label that no app of the stack has
 * @param podLabels the labels its pods carry, which the policies select on
 * @param ports the ports it listens on, which apps that reach it may use
 * @param source where the user declared it, when known
 */
public record Peer(String name, Map<String, String> podLabels, List<Port> ports, Optional<SourceLocation> source) {

  public Peer {
    Objects.requireNonNull(name, "name");
    podLabels = Collections.unmodifiableMap(new LinkedHashMap<>(podLabels));
    ports = List.copyOf(ports);
    Objects.requireNonNull(source, "source");
  }

  /** Starts a peer called {@code name}; give it pod labels with {@link #podLabel}. */
  public static Peer named(String name) {
    return new Peer(name, Map.of(), List.of(), SourceLocation.ofCaller());
  }

  /** The same peer, also selecting pods labelled {@code key: value}. */
  public Peer podLabel(String key, String value) {
    Map<String, String> labels = new LinkedHashMap<>(podLabels);
    labels.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Peer(name, labels, ports, source);
  }

  /** The same peer, also listening on the TCP port {@code number} called {@code portName}. */
  public Peer port(String portName, int number) {
    List<Port> all = new ArrayList<>(ports);
    all.add(Port.tcp(portName, number));
    return new Peer(name, podLabels, all, source);
  }
}
