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
    return new Builder().name(name).source(SourceLocation.ofCaller());
  }

  /** {@code stack} as deployed here: every applicable override applied, in order. */
  Stack applyTo(Stack stack) {
    Stack result = stack;
    for (SettingOverride<?> override : overrides()) {
      result = override.applyTo(result);
    }
    return result;
  }

  /** Fluent builder of an {@link Environment}. */
  public static final class Builder extends ImmutableEnvironment.Builder {

    Builder() {}

    /** Validates this environment with the {@link Profile#PRODUCTION production} profile. */
    public Builder production() {
      return profile(Profile.PRODUCTION);
    }

    /** Overrides {@code setting} for the whole stack (an app setting: for every app). */
    public <T> Builder set(Setting<T> setting, T value) {
      return addOverrides(new SettingOverride<>(Optional.empty(), setting, value, SourceLocation.ofCaller()));
    }

    /** Overrides {@code setting} for the app called {@code app}. */
    public <T> Builder set(String app, Setting<T> setting, T value) {
      return addOverrides(new SettingOverride<>(Optional.of(app), setting, value, SourceLocation.ofCaller()));
    }

    /** Runs the stack on {@code cloud} in this environment. */
    public Builder cloud(Cloud cloud) {
      return set(Setting.CLOUD, cloud);
    }

    /** Deploys the stack into {@code namespace} in this environment. */
    public Builder namespace(String namespace) {
      return set(Setting.NAMESPACE, namespace);
    }

    /** Runs {@code replicas} pods of every app. */
    public Builder replicas(int replicas) {
      return set(Setting.REPLICAS, replicas);
    }

    /** Runs {@code replicas} pods of {@code app}. */
    public Builder replicas(String app, int replicas) {
      return set(app, Setting.REPLICAS, replicas);
    }

    /** Gives {@code app} these resources. */
    public Builder resources(String app, Resources resources) {
      return set(app, Setting.RESOURCES, resources);
    }

    /** Runs {@code image} for {@code app}. */
    public Builder image(String app, String image) {
      return set(app, Setting.IMAGE, image);
    }

    /** Sets environment variable {@code name} of {@code app} to a literal {@code value}. */
    public Builder env(String app, String name, String value) {
      return set(app, Setting.ENV, new EnvVar(name, new EnvValue.Literal(value), SourceLocation.ofCaller()));
    }

    /** Changes best-practice switches for the whole stack. */
    public Builder practices(Practices.Builder practices) {
      return set(Setting.PRACTICES, practices.build());
    }
  }
}
