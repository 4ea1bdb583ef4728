package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place a stack is deployed to (dev, staging, prod…): only what differs from the stack is
 * declared, as typed {@link SettingOverride overrides}, plus the validation {@link Profile} in force.
 * Each environment renders to its own directory.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2))
 *     .environment(Environment.named("dev").replicas(1).namespace("shop-dev"))
 *     .environment(Environment.named("prod").production().cloud(Cloud.AWS)
 *         .replicas("web", 4)
 *         .resources("web", Resources.requests("500m", "512Mi")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Environment {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Environment() {}

  /** The environment's name: a DNS-1123 label, used as its directory name. */
  public abstract String name();

  /** The validation profile; the stack's profile when empty. */
  public abstract Optional<Profile> profile();

  /** What differs from the stack, applied in declaration order (a later override wins). */
  public abstract List<SettingOverride<?>> overrides();

  /** Where the user declared this environment. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Starts an environment called {@code name}. */
  public static Builder named(String name) {
    return new Builder(new ImmutableEnvironment.Builder().name(name).source(SourceLocation.ofCaller()));
  }

  /** {@code stack} as deployed here: every applicable override applied, in order. */
  Stack applyTo(Stack stack) {
    Stack result = stack;
    for (SettingOverride<?> override : overrides()) {
      result = override.applyTo(result);
    }
    return result;
  }

  /**
   * Fluent builder of an {@link Environment}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableEnvironment.Builder environment;

    Builder(ImmutableEnvironment.Builder environment) {
      this.environment = environment;
    }

    /**
     * Validates this environment with the {@link Profile#PRODUCTION production} profile, e.g.
     * {@code .production()}.
     */
    public Builder production() {
      return profile(Profile.PRODUCTION);
    }

    /**
     * Validates this environment with {@code profile} (the stack's unless set), e.g.
     * {@code .profile(Profile.STANDARD)}.
     */
    public Builder profile(Profile profile) {
      environment.profile(profile);
      return this;
    }

    /**
     * Overrides {@code setting} for the whole stack (an app setting: for every app), e.g.
     * {@code .set(Setting.REPLICAS, 1)}.
     */
    public <T> Builder set(Setting<T> setting, T value) {
      environment.addOverrides(
          new SettingOverride<>(Optional.empty(), setting, value, SourceLocation.ofCaller()));
      return this;
    }

    /**
     * Overrides {@code setting} for the app called {@code app}, e.g. {@code .set("api",
     * Setting.REPLICAS, 5)}.
     */
    public <T> Builder set(String app, Setting<T> setting, T value) {
      environment.addOverrides(
          new SettingOverride<>(Optional.of(app), setting, value, SourceLocation.ofCaller()));
      return this;
    }

    /** Runs the stack on {@code cloud} in this environment, e.g. {@code .cloud(Cloud.AWS)}. */
    public Builder cloud(Cloud cloud) {
      return set(Setting.CLOUD, cloud);
    }

    /**
     * Deploys the stack into {@code namespace} in this environment, e.g.
     * {@code .namespace("shop-dev")}.
     */
    public Builder namespace(String namespace) {
      return set(Setting.NAMESPACE, namespace);
    }

    /** Runs {@code replicas} pods of every app, e.g. {@code .replicas(1)}. */
    public Builder replicas(int replicas) {
      return set(Setting.REPLICAS, replicas);
    }

    /** Runs {@code replicas} pods of {@code app}, e.g. {@code .replicas("web", 4)}. */
    public Builder replicas(String app, int replicas) {
      return set(app, Setting.REPLICAS, replicas);
    }

    /**
     * Gives {@code app} these resources, e.g. {@code .resources("api", Resources.requests("500m",
     * "512Mi"))}.
     */
    public Builder resources(String app, Resources resources) {
      return set(app, Setting.RESOURCES, resources);
    }

    /**
     * Runs {@code image} for {@code app}, e.g. {@code .image("web",
     * "ghcr.io/acme/web:2.3.1@sha256:…")}.
     */
    public Builder image(String app, String image) {
      return set(app, Setting.IMAGE, image);
    }

    /**
     * Sets environment variable {@code name} of {@code app} to a literal {@code value}, e.g.
     * {@code .env("api", "LOG_LEVEL", "debug")}.
     */
    public Builder env(String app, String name, String value) {
      return set(app, Setting.ENV, new EnvVar(name, new EnvValue.Literal(value), SourceLocation.ofCaller()));
    }

    /**
     * Changes best-practice switches for the whole stack, e.g.
     * {@code .practices(Practices.builder().podDisruptionBudget(false))}.
     */
    public Builder practices(Practices.Builder practices) {
      return set(Setting.PRACTICES, practices.build());
    }

    /** The environment as declared. */
    public Environment build() {
      return environment.build();
    }
  }
}
