package dev.shipshape.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A health check: an HTTP GET, a TCP connect or a command run inside the container.
 *
 * <p>HTTP and TCP probes target a named container port; without one they use the app's first TCP
 * port.
 * When an app declares no probes, Shipshape derives them from its first port (a best-practice default
 * that can be turned off with {@link Practices.Builder#derivedProbes(boolean)}).
 *
 * <pre>{@code
 * App.deployment("api")
 *     .readiness(Probe.http("/ready"))
 *     .liveness(Probe.http("/healthz").periodSeconds(20))
 *     .startup(Probe.tcp().failureThreshold(30));
 * }</pre>
 *
 * @param type what the probe does
 * @param path the HTTP path, for {@link Type#HTTP}
 * @param port the named container port, for HTTP and TCP; empty means the app's first TCP port
 * @param command the command, for {@link Type#EXEC}
 * @param periodSeconds how often to probe
 * @param failureThreshold consecutive failures before the probe counts as failed
 * @param initialDelaySeconds delay before the first probe
 * @param timeoutSeconds how long one probe may take
 */
public record Probe(
    Type type,
    Optional<String> path,
    Optional<String> port,
    List<String> command,
    int periodSeconds,
    int failureThreshold,
    int initialDelaySeconds,
    int timeoutSeconds) {

  /** The mechanism of a probe. */
  public enum Type {
    HTTP,
    TCP,
    EXEC
  }

  public Probe {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(port, "port");
    command = List.copyOf(command);
  }

  /** An HTTP GET of {@code path} on the app's first TCP port. */
  public static Probe http(String path) {
    return new Probe(Type.HTTP, Optional.of(path), Optional.empty(), List.of(), 10, 3, 0, 1);
  }

  /** A TCP connect to the app's first TCP port. */
  public static Probe tcp() {
    return new Probe(Type.TCP, Optional.empty(), Optional.empty(), List.of(), 10, 3, 0, 1);
  }

  /** Runs {@code command} in the container; exit code 0 means healthy. */
  public static Probe exec(String... command) {
    return new Probe(Type.EXEC, Optional.empty(), Optional.empty(), List.of(command), 10, 3, 0, 1);
  }

  /** The same probe on the named container port. */
  public Probe onPort(String portName) {
    return new Probe(type, path, Optional.of(portName), command, periodSeconds, failureThreshold,
        initialDelaySeconds, timeoutSeconds);
  }

  /** The same probe run every {@code seconds}. */
  public Probe periodSeconds(int seconds) {
    return new Probe(type, path, port, command, seconds, failureThreshold, initialDelaySeconds,
        timeoutSeconds);
  }

  /** The same probe, failing after {@code failures} consecutive failures. */
  public Probe failureThreshold(int failures) {
    return new Probe(type, path, port, command, periodSeconds, failures, initialDelaySeconds,
        timeoutSeconds);
  }

  /** The same probe, starting {@code seconds} after the container starts. */
  public Probe initialDelaySeconds(int seconds) {
    return new Probe(type, path, port, command, periodSeconds, failureThreshold, seconds,
        timeoutSeconds);
  }

  /** The same probe with a timeout of {@code seconds}. */
  public Probe timeoutSeconds(int seconds) {
    return new Probe(type, path, port, command, periodSeconds, failureThreshold,
        initialDelaySeconds, seconds);
  }
}
