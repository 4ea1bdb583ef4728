package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A key of a Kubernetes ConfigMap, for non-secret configuration kept outside the image.
 *
 * <pre>{@code
 * app.env("FEATURES", ConfigMapRef.of("web-config", "features"));
 * }</pre>
 *
 * @param name the ConfigMap's name in the stack's namespace
 * @param key the key inside the ConfigMap
 */
public record ConfigMapRef(String name, String key) implements EnvValue {

  public ConfigMapRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  /** A reference to {@code key} of the ConfigMap {@code name}. */
  public static ConfigMapRef of(String name, String key) {
    return new ConfigMapRef(name, key);
  }
}
