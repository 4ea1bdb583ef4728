package dev.shipshape.dsl;

/**
 * Which service mesh a stack's pods join, and how.
 *
 * <pre>{@code
 * Mesh.istio().build().kind();        // MeshKind.ISTIO
 * Mesh.istioAmbient().build().kind(); // MeshKind.ISTIO_AMBIENT
 * }</pre>
 */
public enum MeshKind {
  /** Istio with an Envoy sidecar in every pod (namespace label {@code istio-injection: enabled}). */
  ISTIO("Istio"),
  /** Istio ambient mode: no sidecars, ztunnel on each node (label {@code istio.io/dataplane-mode: ambient}). */
  ISTIO_AMBIENT("Istio ambient"),
  /** Linkerd with its proxy in every pod (annotation {@code linkerd.io/inject: enabled}). */
  LINKERD("Linkerd");

  private final String displayName;

  MeshKind(String displayName) {
    this.displayName = displayName;
  }

  /** How people call it in messages, e.g. {@code Istio ambient}. */
  public String displayName() {
    return displayName;
  }

  /** Whether each pod gets a proxy container (and, without the mesh's CNI plugin, a privileged init container). */
  public boolean sidecars() {
    return this != ISTIO_AMBIENT;
  }

  /** Whether it is Istio, in either mode. */
  public boolean istio() {
    return this != LINKERD;
  }
}
