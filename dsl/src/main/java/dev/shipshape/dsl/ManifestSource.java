package dev.shipshape.dsl;

/**
 * The entry point tools look for: a class that defines one {@link Stack}.
 *
 * <p>Implementations need a public no-argument constructor so the Maven plugin and the CLI can
 * instantiate them by class name or through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * public final class Shop implements ManifestSource {
 *   @Override public Stack define() {
 *     return Stack.named("shop")
 *         .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080))
 *         .build();
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ManifestSource {

  /** Builds the stack this source describes. Called once per generation run. */
  Stack define();
}
