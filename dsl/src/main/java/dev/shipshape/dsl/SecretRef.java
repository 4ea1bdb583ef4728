package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A key of a Kubernetes Secret, used to feed credentials to a container without writing them into
 * the manifests.
 *
 * <pre>{@code
 * App.statefulSet("db").env("MYSQL_ROOT_PASSWORD", SecretRef.of("db-root", "password"));
 * }</pre>
 *
 * @param name the Secret's name in the stack's namespace
 * @param key the key inside the Secret
 */
public record SecretRef(String name, String key) implements EnvValue {

  public SecretRef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  /** A reference to {@code key} of the Secret {@code name}. */
  public static SecretRef of(String name, String key) {
    return new SecretRef(name, key);
  }
}
