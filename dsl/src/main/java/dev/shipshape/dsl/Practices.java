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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Practices() {}

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
    return new Builder(new ImmutablePractices.Builder());
  }

  /**
   * Fluent builder of {@link Practices}: one switch per default, on ({@code true}) or off
   * ({@code false}); a switch not mentioned keeps the less specific setting. Hand-written verbs over
   * the generated builder (see {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutablePractices.Builder practices;

    Builder(ImmutablePractices.Builder practices) {
      this.practices = practices;
    }

    /**
     * Switches the recommended {@code app.kubernetes.io/*} labels, e.g.
     * {@code .recommendedLabels(false)}.
     */
    public Builder recommendedLabels(boolean on) {
      practices.recommendedLabels(on);
      return this;
    }

    /** Switches Pod Security "restricted" settings, e.g. {@code .restrictedPodSecurity(false)}. */
    public Builder restrictedPodSecurity(boolean on) {
      practices.restrictedPodSecurity(on);
      return this;
    }

    /**
     * Switches the read-only root filesystem (with {@code /tmp} as an emptyDir), e.g.
     * {@code .readOnlyRootFilesystem(false)}.
     */
    public Builder readOnlyRootFilesystem(boolean on) {
      practices.readOnlyRootFilesystem(on);
      return this;
    }

    /** Switches probes derived from the first port, e.g. {@code .derivedProbes(false)}. */
    public Builder derivedProbes(boolean on) {
      practices.derivedProbes(on);
      return this;
    }

    /**
     * Switches the dedicated ServiceAccount per app, e.g. {@code .dedicatedServiceAccount(false)}.
     */
    public Builder dedicatedServiceAccount(boolean on) {
      practices.dedicatedServiceAccount(on);
      return this;
    }

    /**
     * Switches PodDisruptionBudgets for apps with two or more replicas, e.g.
     * {@code .podDisruptionBudget(false)}.
     */
    public Builder podDisruptionBudget(boolean on) {
      practices.podDisruptionBudget(on);
      return this;
    }

    /** Switches preferred pod anti-affinity across nodes, e.g. {@code .podAntiAffinity(false)}. */
    public Builder podAntiAffinity(boolean on) {
      practices.podAntiAffinity(on);
      return this;
    }

    /** Switches topology spread across zones, e.g. {@code .topologySpread(false)}. */
    public Builder topologySpread(boolean on) {
      practices.topologySpread(on);
      return this;
    }

    /** Switches the stack's Namespace object (stack level only), e.g. {@code .namespace(false)}. */
    public Builder namespace(boolean on) {
      practices.namespace(on);
      return this;
    }

    /**
     * Gives containers that declare none these resources, e.g.
     * {@code .defaultResources(Resources.requests("100m", "128Mi"))}.
     */
    public Builder defaultResources(Resources resources) {
      practices.defaultResources(resources);
      return this;
    }

    /** The switches as declared. */
    public Practices build() {
      return practices.build();
    }
  }
}
