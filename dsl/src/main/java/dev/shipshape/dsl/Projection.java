package dev.shipshape.dsl;

import java.util.Objects;

/**
 * One source of a {@link Volume#projected(Projection...) projected} volume.
 *
 * <pre>{@code
 * Volume.projected(
 *     Projection.secret("db-credentials"),
 *     Projection.configMap("app-config"),
 *     Projection.serviceAccountToken("vault", 3600),
 *     Projection.podField("labels", "metadata.labels"));
 * }</pre>
 */
public sealed interface Projection
    permits Projection.SecretKeys, Projection.ConfigMapKeys, Projection.ServiceAccountToken,
        Projection.PodField {

  /** Every key of Secret {@code name}. */
  static SecretKeys secret(String name) {
    return new SecretKeys(name);
  }

  /** Every key of ConfigMap {@code name}. */
  static ConfigMapKeys configMap(String name) {
    return new ConfigMapKeys(name);
  }

  /** A short-lived token of the app's ServiceAccount for {@code audience}, in file {@code token}. */
  static ServiceAccountToken serviceAccountToken(String audience, int expirationSeconds) {
    return new ServiceAccountToken(audience, expirationSeconds);
  }

  /** A pod field ({@code metadata.labels}, {@code metadata.name}…) written to file {@code path}. */
  static PodField podField(String path, String fieldPath) {
    return new PodField(path, fieldPath);
  }


  /** @param name the Secret's name */
  record SecretKeys(String name) implements Projection {
    public SecretKeys {
      Objects.requireNonNull(name, "name");
    }
  }

  /** @param name the ConfigMap's name */
  record ConfigMapKeys(String name) implements Projection {
    public ConfigMapKeys {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * @param audience who the token is for
   * @param expirationSeconds its lifetime, at least 600
   */
  record ServiceAccountToken(String audience, int expirationSeconds) implements Projection {
    public ServiceAccountToken {
      Objects.requireNonNull(audience, "audience");
    }
  }

  /**
   * @param path the file name
   * @param fieldPath the pod field, e.g. {@code metadata.labels}
   */
  record PodField(String path, String fieldPath) implements Projection {
    public PodField {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(fieldPath, "fieldPath");
    }
  }
}
