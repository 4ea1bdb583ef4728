package dev.shipshape.generator.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * A directory that a GitOps tool syncs as one application, once per environment.
 *
 * <pre>{@code
 * new DeliveryUnit("shop", "{env}/shop", Optional.of("shop-cluster"));
 * }</pre>
 *
 * @param name the application's name, before the environment is appended
 * @param pathPattern the directory relative to the output directory; {@value #ENV} stands for the
 *     environment's name (absent for a stack without environments)
 * @param dependsOn the unit that must be applied first (e.g. the one creating the namespace)
 */
public record DeliveryUnit(String name, String pathPattern, Optional<String> dependsOn) {

  /** The placeholder for the environment's name in {@link #pathPattern()}. */
  public static final String ENV = "{env}";

  public DeliveryUnit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pathPattern, "pathPattern");
    Objects.requireNonNull(dependsOn, "dependsOn");
  }

  /** Whether the path depends on the environment. */
  public boolean perEnvironment() {
    return pathPattern.contains(ENV);
  }

  /** The directory of environment {@code environment}. */
  public String pathIn(String environment) {
    return pathPattern.replace(ENV, environment);
  }
}
