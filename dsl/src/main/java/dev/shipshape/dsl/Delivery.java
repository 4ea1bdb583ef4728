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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Delivery() {}

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
    return new Builder(new ImmutableDelivery.Builder().layout(layout));
  }

  /**
   * Fluent builder of a {@link Delivery}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableDelivery.Builder delivery;

    Builder(ImmutableDelivery.Builder delivery) {
      this.delivery = delivery;
    }

    /**
     * Places the output directory at {@code path} inside the Git repository ('/'-separated), e.g.
     * {@code .repositoryPath("deploy")}.
     */
    public Builder repositoryPath(String path) {
      delivery.repositoryPath(path);
      return this;
    }

    /**
     * Generates Argo CD {@code ApplicationSet}s over the layout, e.g.
     * {@code .argoCd(ArgoCd.of("https://github.com/acme/deploy.git"))}.
     */
    public Builder argoCd(ArgoCd argoCd) {
      delivery.argoCd(argoCd);
      return this;
    }

    /**
     * Generates Flux {@code Kustomization}s reading from the {@code GitRepository} {@code source},
     * e.g. {@code .fluxSource("deploy")}.
     */
    public Builder fluxSource(String source) {
      delivery.fluxSource(source);
      return this;
    }

    /**
     * Writes a Helm chart of the stack to {@code .charts/<stack>/}, e.g.
     * {@code .helmChart(HelmChart.version("1.4.2"))}.
     */
    public Builder helmChart(HelmChart chart) {
      delivery.helmChart(chart);
      return this;
    }

    /** The delivery as declared. */
    public Delivery build() {
      return delivery.build();
    }
  }
}
