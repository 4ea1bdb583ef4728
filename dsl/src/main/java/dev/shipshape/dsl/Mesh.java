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
    return new Builder().kind(MeshKind.ISTIO).source(SourceLocation.ofCaller());
  }

  /** Istio in ambient mode (ztunnel, no sidecars). */
  public static Builder istioAmbient() {
    return new Builder().kind(MeshKind.ISTIO_AMBIENT).source(SourceLocation.ofCaller());
  }

  /** Linkerd. */
  public static Builder linkerd() {
    return new Builder().kind(MeshKind.LINKERD).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link Mesh}. */
  public static final class Builder extends ImmutableMesh.Builder {

    Builder() {}

    /** Declares that the mesh's CNI plugin is installed (no privileged init container). */
    public Builder cniPlugin() {
      return cniPlugin(true);
    }

    /** Lets the Prometheus in {@code namespace} scrape the proxies' metrics. */
    public Builder metricsScrapedFrom(String namespace) {
      return metricsNamespace(namespace);
    }

    /** Traces {@code percent} of the requests (Istio only), e.g. {@code 10}. */
    public Builder tracingSampling(double percent) {
      return tracingSamplingPercent(percent);
    }
  }
}
