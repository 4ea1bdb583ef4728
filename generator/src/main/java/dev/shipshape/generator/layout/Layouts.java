package dev.shipshape.generator.layout;

import dev.shipshape.dsl.Layout;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in layouts by DSL value and by the names the Maven plugin and the CLI accept
 * ({@code environments}, {@code kustomize}).
 *
 * <pre>{@code
 * Layouts.named("kustomize"); // Optional[KustomizeOverlays]
 * }</pre>
 */
public final class Layouts {

  /** The names {@link #named} accepts. */
  public static final String NAMES = "environments, kustomize";

  private Layouts() {}

  /** The built-in layout for {@code layout}. */
  public static OutputLayout of(Layout layout) {
    return switch (layout) {
      case ENVIRONMENT_DIRECTORIES -> new EnvironmentDirectories();
      case KUSTOMIZE_OVERLAYS -> new KustomizeOverlays();
    };
  }

  /** The built-in layout called {@code name}, if there is one. */
  public static Optional<OutputLayout> named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "environments", "environment-directories" -> Optional.of(of(Layout.ENVIRONMENT_DIRECTORIES));
      case "kustomize", "kustomize-overlays" -> Optional.of(of(Layout.KUSTOMIZE_OVERLAYS));
      default -> Optional.empty();
    };
  }
}
