package dev.shipshape.dsl;

/**
 * Whether a meshed namespace accepts plain-text connections besides mutual TLS (Istio
 * {@code PeerAuthentication} modes).
 *
 * <pre>{@code
 * Mesh.istio().mtls(MtlsMode.PERMISSIVE); // while clients outside the mesh are migrated
 * }</pre>
 */
public enum MtlsMode {
  /** Only mutual TLS: plain-text connections are refused. */
  STRICT,
  /** Mutual TLS and plain text, for migrations. */
  PERMISSIVE
}
