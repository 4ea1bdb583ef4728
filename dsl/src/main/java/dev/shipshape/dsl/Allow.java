package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A named peer an app may talk to or be reached from: another app of the stack, or a namespace.
 * Created through {@code App.Builder.allowFrom/allowTo/allowFromNamespace}.
 *
 * <pre>{@code
 * App.deployment("backend").allowFrom("frontend").allowFromNamespace("monitoring");
 * }</pre>
 *
 * @param name the app or namespace name
 * @param source where the user declared it, when known
 */
public record Allow(String name, Optional<SourceLocation> source) {

  public Allow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
  }
}
