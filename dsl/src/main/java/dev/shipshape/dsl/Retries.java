package dev.shipshape.dsl;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the mesh retries failed requests to an app. Plain Kubernetes Services never retry; with a mesh
 * the client's proxy does. Only idempotent methods are retried unless you opt in with a reason.
 *
 * <pre>{@code
 * App.deployment("api")...
 *     .retries(Retries.attempts(3).perTryTimeout("2s").on(RetryOn.GATEWAY_ERROR, RetryOn.RESET))
 *     .timeout("5s");
 * Retries.attempts(2).methods(HttpMethod.GET, HttpMethod.POST)
 *     .includingNonIdempotent("POST /orders is idempotent through its Idempotency-Key header");
 * }</pre>
 *
 * @param attempts how many times a request is retried (so at most {@code 1 + attempts} tries)
 * @param perTryTimeout the timeout of each try, e.g. {@code 2s}
 * @param conditions when to retry; {@link RetryOn#GATEWAY_ERROR} when empty
 * @param methods the methods retried; every idempotent method when empty
 * @param nonIdempotentReason why retrying non-idempotent methods is safe, when they are listed
 * @param source where the user declared it
 */
public record Retries(int attempts, Optional<String> perTryTimeout, List<RetryOn> conditions,
    List<HttpMethod> methods, Optional<String> nonIdempotentReason, Optional<SourceLocation> source) {

  public Retries {
    Objects.requireNonNull(perTryTimeout, "perTryTimeout");
    conditions = List.copyOf(conditions);
    methods = List.copyOf(methods);
    Objects.requireNonNull(nonIdempotentReason, "nonIdempotentReason");
    Objects.requireNonNull(source, "source");
  }

  /** Retries a failed request up to {@code attempts} times. */
  public static Retries attempts(int attempts) {
    return new Retries(attempts, Optional.empty(), List.of(), List.of(), Optional.empty(),
        SourceLocation.ofCaller());
  }

  /** Gives each try at most {@code duration}, e.g. {@code 2s} or {@code 500ms}. */
  public Retries perTryTimeout(String duration) {
    return new Retries(attempts, Optional.of(duration), conditions, methods, nonIdempotentReason, source);
  }

  /** Retries when one of {@code conditions} happens. */
  public Retries on(RetryOn... conditions) {
    return new Retries(attempts, perTryTimeout, List.of(conditions), methods, nonIdempotentReason, source);
  }

  /** Retries only these methods. */
  public Retries methods(HttpMethod... methods) {
    return new Retries(attempts, perTryTimeout, conditions, List.of(methods), nonIdempotentReason, source);
  }

  /** Allows retrying non-idempotent methods listed in {@link #methods(HttpMethod...)}, saying why it is safe. */
  public Retries includingNonIdempotent(String reason) {
    return new Retries(attempts, perTryTimeout, conditions, methods, Optional.of(reason), source);
  }

  /** The conditions in force. */
  public List<RetryOn> effectiveConditions() {
    return conditions.isEmpty() ? List.of(RetryOn.GATEWAY_ERROR) : conditions;
  }

  /** The methods retried, in declaration order (the idempotent ones when none are listed). */
  public List<HttpMethod> effectiveMethods() {
    return methods.isEmpty()
        ? EnumSet.allOf(HttpMethod.class).stream().filter(HttpMethod::idempotent).toList()
        : methods.stream().distinct().toList();
  }
}
