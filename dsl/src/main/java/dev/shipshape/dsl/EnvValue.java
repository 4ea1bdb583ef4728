package dev.shipshape.dsl;

/**
 * Where an environment variable's value comes from: a literal, a Secret key or a ConfigMap key.
 *
 * <pre>{@code
 * app.env("LOG_LEVEL", "info")                                   // literal
 *    .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
 *    .env("FEATURES", ConfigMapRef.of("web-config", "features"));
 * }</pre>
 */
public sealed interface EnvValue permits EnvValue.Literal, SecretRef, ConfigMapRef {

  /**
   * A value written into the manifest as it is. Never use one for credentials: Shipshape refuses
   * literal values on variables whose names look like secrets.
   *
   * @param value the text of the variable
   */
  record Literal(String value) implements EnvValue {
    public Literal {
      java.util.Objects.requireNonNull(value, "value");
    }
  }
}
