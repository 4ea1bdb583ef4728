package dev.shipshape.dsl;

/**
 * How a stack's rendered environments are arranged in the output directory (a GitOps repository).
 *
 * <pre>{@code
 * Stack.named("shop").delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS));
 * }</pre>
 */
public enum Layout {
  /**
   * Fully rendered directories per environment, the default:
   * {@code <env>/<stack>/<app>/<kind>.yaml}, cluster-scoped objects apart in
   * {@code <env>/_cluster/<stack>/}, a {@code kustomization.yaml} in every directory.
   */
  ENVIRONMENT_DIRECTORIES,
  /**
   * A kustomize base rendered from the stack itself ({@code base/…}) and one overlay per
   * environment ({@code overlays/<env>/}) with patches for exactly what the environment changes.
   */
  KUSTOMIZE_OVERLAYS
}
