package dev.shipshape.dsl;

/**
 * How an Ingress or HTTPRoute path matches request paths. {@link #PREFIX} is the default; choose the
 * others deliberately.
 *
 * <pre>{@code
 * Routes.host("shop.example.com", "/api")                                  // Prefix
 *     .route("shop.example.com", "/healthz", PathType.EXACT)
 *     .route("shop.example.com", "/legacy(/|$)(.*)", PathType.IMPLEMENTATION_SPECIFIC);
 * }</pre>
 */
public enum PathType {
  /** Element-wise prefix on '/'-separated segments: {@code /api} matches {@code /api/v1}, not {@code /apix}. */
  PREFIX,
  /** The whole path, case-sensitive. */
  EXACT,
  /** The controller decides (e.g. regular expressions on ingress-nginx); not portable. */
  IMPLEMENTATION_SPECIFIC
}
