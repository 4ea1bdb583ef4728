package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Switches for Shipshape's best-practice defaults. Every default is on; a {@code Practices} value
 * turns individual ones off (or back on) for a whole stack or for one app, and the most specific
 * setting wins: app, then stack, then Shipshape's default.
 *
 * <pre>{@code
 * Stack.named("lab")
 *     .practices(Practices.builder().podDisruptionBudget(false))        // whole stack
 *     .app(App.deployment("legacy").image("ghcr.io/acme/legacy:7.1.0").port(8080)
 *         .practices(Practices.builder().readOnlyRootFilesystem(false)))  // this app only
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Practices {

  /** The {@code app.kubernetes.io/*} recommended labels on every object. */
  public abstract Optional<Boolean> recommendedLabels();

  /** Pod Security "restricted": non-root, RuntimeDefault seccomp, no escalation, drop ALL. */
  public abstract Optional<Boolean> restrictedPodSecurity();

  /** A read-only root filesystem, with an emptyDir mounted at {@code /tmp}. */
  public abstract Optional<Boolean> readOnlyRootFilesystem();

  /** Startup, liveness and readiness probes derived from the first port when none are given. */
  public abstract Optional<Boolean> derivedProbes();

  /** A ServiceAccount per app, with API token automounting off. */
  public abstract Optional<Boolean> dedicatedServiceAccount();

  /** A PodDisruptionBudget for apps with two or more replicas. */
  public abstract Optional<Boolean> podDisruptionBudget();

  /** Preferred pod anti-affinity across nodes for apps with two or more replicas. */
  public abstract Optional<Boolean> podAntiAffinity();

  /** Topology spread across zones for apps with two or more replicas. */
  public abstract Optional<Boolean> topologySpread();

  /** A Namespace object labelled for Pod Security admission (stack level only). */
  public abstract Optional<Boolean> namespace();

  /** Requests and limits for containers that declare none. */
  public abstract Optional<Resources> defaultResources();

  /** An empty set of switches: every default stays as it is. */
  public static Builder builder() {
    return new Builder();
  }

  /** Fluent builder of {@link Practices}. */
  public static final class Builder extends ImmutablePractices.Builder {
    Builder() {}
  }
}
