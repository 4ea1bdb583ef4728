package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a stack is delivered: the repository {@link Layout}, where the output directory sits in the
 * Git repository, and optional Argo CD {@code ApplicationSet} and Flux {@code Kustomization} objects
 * pointing at the rendered paths. The Maven plugin and the CLI can override the layout.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES)
 *         .repositoryPath("deploy")
 *         .argoCd(ArgoCd.of("https://github.com/acme/deploy.git"))
 *         .fluxSource("deploy")
 *         .helmChart(HelmChart.standard()));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Delivery {

  /** How environments are arranged. */
  @Value.Default
  public Layout layout() {
    return Layout.ENVIRONMENT_DIRECTORIES;
  }

  /** The output directory's path inside the Git repository, '/'-separated; {@code .} for its root. */
  @Value.Default
  public String repositoryPath() {
    return ".";
  }

  /** Generates Argo CD {@code ApplicationSet}s (git directory generator) over the layout. */
  public abstract Optional<ArgoCd> argoCd();

  /** Generates Flux {@code Kustomization}s reading from the {@code GitRepository} of this name. */
  public abstract Optional<String> fluxSource();

  /**
   * Writes a Helm chart of the stack to {@code .charts/<stack>/}, equal to the plain manifests with
   * its default values and to each environment's with {@code values-<env>.yaml}:
   * {@code .helmChart(HelmChart.version("1.4.2"))}.
   */
  public abstract Optional<HelmChart> helmChart();

  /** Starts a delivery in {@code layout}. */
  public static Builder layout(Layout layout) {
    return new Builder().layout(layout);
  }

  /** Fluent builder of a {@link Delivery}. */
  public static final class Builder extends ImmutableDelivery.Builder {
    Builder() {}
  }
}
