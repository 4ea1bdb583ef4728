package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * Stops sending requests to pods that keep failing, and (Istio) caps the connections and queued
 * requests to an app. Plain Kubernetes only removes pods that fail their readiness probe.
 *
 * <pre>{@code
 * App.deployment("api")...
 *     .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5).ejectFor("30s")
 *         .maxConnections(100).maxPendingRequests(50));
 * }</pre>
 *
 * @param consecutiveErrors failures in a row after which a pod is taken out
 * @param interval how often pods are evaluated (Istio), e.g. {@code 10s}
 * @param ejectFor how long a pod stays out at first, e.g. {@code 30s}
 * @param maxEjectionPercent the largest share of pods taken out at once (Istio), in percent
 * @param maxConnections the most TCP connections to the app (Istio)
 * @param maxPendingRequests the most requests queued for a connection (Istio)
 * @param maxRequests the most concurrent requests (Istio)
 * @param source where the user declared it
 */
public record CircuitBreaker(int consecutiveErrors, Optional<String> interval, Optional<String> ejectFor,
    Optional<Integer> maxEjectionPercent, Optional<Integer> maxConnections,
    Optional<Integer> maxPendingRequests, Optional<Integer> maxRequests, Optional<SourceLocation> source) {

  public CircuitBreaker {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(ejectFor, "ejectFor");
    Objects.requireNonNull(maxEjectionPercent, "maxEjectionPercent");
    Objects.requireNonNull(maxConnections, "maxConnections");
    Objects.requireNonNull(maxPendingRequests, "maxPendingRequests");
    Objects.requireNonNull(maxRequests, "maxRequests");
    Objects.requireNonNull(source, "source");
  }

  /** Takes a pod out after {@code errors} failures in a row. */
  public static CircuitBreaker afterConsecutiveErrors(int errors) {
    return new CircuitBreaker(errors, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), SourceLocation.ofCaller());
  }

  /** Evaluates pods every {@code duration} (Istio), e.g. {@code 10s}. */
  public CircuitBreaker interval(String duration) {
    return new CircuitBreaker(consecutiveErrors, Optional.of(duration), ejectFor, maxEjectionPercent,
        maxConnections, maxPendingRequests, maxRequests, source);
  }

  /** Keeps a failing pod out for {@code duration} at first, e.g. {@code 30s}. */
  public CircuitBreaker ejectFor(String duration) {
    return new CircuitBreaker(consecutiveErrors, interval, Optional.of(duration), maxEjectionPercent,
        maxConnections, maxPendingRequests, maxRequests, source);
  }

  /** Takes at most {@code percent} of the pods out at once (Istio). */
  public CircuitBreaker maxEjectionPercent(int percent) {
    return new CircuitBreaker(consecutiveErrors, interval, ejectFor, Optional.of(percent),
        maxConnections, maxPendingRequests, maxRequests, source);
  }

  /** Opens at most {@code connections} TCP connections to the app (Istio). */
  public CircuitBreaker maxConnections(int connections) {
    return new CircuitBreaker(consecutiveErrors, interval, ejectFor, maxEjectionPercent,
        Optional.of(connections), maxPendingRequests, maxRequests, source);
  }

  /** Queues at most {@code requests} requests waiting for a connection (Istio). */
  public CircuitBreaker maxPendingRequests(int requests) {
    return new CircuitBreaker(consecutiveErrors, interval, ejectFor, maxEjectionPercent,
        maxConnections, Optional.of(requests), maxRequests, source);
  }

  /** Sends at most {@code requests} concurrent requests (Istio). */
  public CircuitBreaker maxRequests(int requests) {
    return new CircuitBreaker(consecutiveErrors, interval, ejectFor, maxEjectionPercent,
        maxConnections, maxPendingRequests, Optional.of(requests), source);
  }

  /** Whether a connection-pool limit is set. */
  public boolean limitsConnections() {
    return maxConnections.isPresent() || maxPendingRequests.isPresent() || maxRequests.isPresent();
  }
}
