package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One environment variable of an app's container. Created through {@code App.Builder.env(...)}.
 *
 * <pre>{@code
 * App.deployment("api").env("LOG_LEVEL", "info");
 * }</pre>
 *
 * @param name the variable name
 * @param value where the value comes from
 * @param source where the user declared it, when known
 */
public record EnvVar(String name, EnvValue value, Optional<SourceLocation> source) {

  public EnvVar {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
