package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The service mesh a stack's pods join. A mesh is opt-in: without one nothing mesh-specific is
 * rendered, and asking for canaries, retries, timeouts or circuit breaking is an error.
 *
 * <pre>{@code
 * Stack.named("shop").mesh(Mesh.istio().cniPlugin().metricsScrapedFrom("monitoring").tracingSampling(10));
 * Stack.named("shop").mesh(Mesh.linkerd().cniPlugin());
 * Stack.named("shop").mesh(Mesh.istioAmbient());
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Mesh {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Mesh() {}

  /** The mesh and its data-plane mode. */
  public abstract MeshKind kind();

  /** Whether plain text is still accepted next to mutual TLS; {@link MtlsMode#STRICT} by default. */
  @Value.Default
  public MtlsMode mtls() {
    return MtlsMode.STRICT;
  }

  /** The control plane's namespace; {@code istio-system} or {@code linkerd} when not set. */
  public abstract Optional<String> controlPlaneNamespace();

  /**
   * Whether the mesh's CNI plugin (istio-cni, linkerd-cni) sets up traffic redirection, so pods need
   * no privileged init container and pass Pod Security "restricted".
   */
  @Value.Default
  public boolean cniPlugin() {
    return false;
  }

  /** The namespace of the Prometheus that scrapes the proxies' metrics, let in by the NetworkPolicies. */
  public abstract Optional<String> metricsNamespace();

  /** The percentage of requests traced (Istio {@code Telemetry}), e.g. {@code 10.0}. */
  public abstract Optional<Double> tracingSamplingPercent();

  /** Where the user declared the mesh. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** The control plane's namespace in force. */
  public String effectiveControlPlaneNamespace() {
    return controlPlaneNamespace().orElse(kind().istio() ? "istio-system" : "linkerd");
  }

  /** Istio with sidecars. */
  public static Builder istio() {
    return start(MeshKind.ISTIO);
  }

  /** Istio in ambient mode (ztunnel, no sidecars). */
  public static Builder istioAmbient() {
    return start(MeshKind.ISTIO_AMBIENT);
  }

  /** Linkerd. */
  public static Builder linkerd() {
    return start(MeshKind.LINKERD);
  }

  private static Builder start(MeshKind kind) {
    return new Builder(new ImmutableMesh.Builder().kind(kind).source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link Mesh}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableMesh.Builder mesh;

    Builder(ImmutableMesh.Builder mesh) {
      this.mesh = mesh;
    }

    /**
     * Chooses whether plain text is still accepted next to mutual TLS ({@code STRICT} unless set),
     * e.g. {@code .mtls(MtlsMode.PERMISSIVE)}.
     */
    public Builder mtls(MtlsMode mode) {
      mesh.mtls(mode);
      return this;
    }

    /**
     * The control plane runs in {@code namespace} instead of the usual one, e.g.
     * {@code .controlPlaneNamespace("istio-system")}.
     */
    public Builder controlPlaneNamespace(String namespace) {
      mesh.controlPlaneNamespace(namespace);
      return this;
    }

    /**
     * Declares that the mesh's CNI plugin is installed (no privileged init container), e.g.
     * {@code .cniPlugin()}.
     */
    public Builder cniPlugin() {
      mesh.cniPlugin(true);
      return this;
    }

    /**
     * Lets the Prometheus in {@code namespace} scrape the proxies' metrics, e.g.
     * {@code .metricsScrapedFrom("monitoring")}.
     */
    public Builder metricsScrapedFrom(String namespace) {
      mesh.metricsNamespace(namespace);
      return this;
    }

    /** Traces {@code percent} of the requests (Istio only), e.g. {@code .tracingSampling(10)}. */
    public Builder tracingSampling(double percent) {
      mesh.tracingSamplingPercent(percent);
      return this;
    }

    /** The mesh as declared. */
    public Mesh build() {
      return mesh.build();
    }
  }
}
