package dev.shipshape.dsl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A typed part of a stack that an {@link Environment} may override: its name, and how a value is
 * applied to the stack, to an app, or to both. A setting that applies only to apps, overridden for
 * the whole environment, applies to every app.
 *
 * <p>Features add their own settings next to these, e.g. an ingress controller or a storage class:
 *
 * <pre>{@code
 * public static final Setting<Integer> REPLICAS =
 *     Setting.ofApp("replicas", (app, replicas) -> app.with(b -> b.replicas(replicas)));
 *
 * Environment.named("prod").set(Setting.REPLICAS, 3)          // every app
 *     .set("api", Setting.REPLICAS, 5);                        // one app
 * }</pre>
 *
 * @param <T> the type of the setting's value
 */
public final class Setting<T> {

  /** The cloud the stack runs on (stack only). */
  public static final Setting<Cloud> CLOUD =
      ofStack("cloud", (stack, cloud) -> stack.with(b -> b.cloud(cloud)));

  /** The namespace the stack is deployed into (stack only). */
  public static final Setting<String> NAMESPACE =
      ofStack("namespace", (stack, namespace) -> stack.with(b -> b.namespace(namespace)));

  /** Best-practice switches: the stack's, or one app's. */
  public static final Setting<Practices> PRACTICES = of("practices",
      Stack::withPractices, App::withPractices);

  /** How many pods an app runs (for the environment: every app). */
  public static final Setting<Integer> REPLICAS =
      ofApp("replicas", (app, replicas) -> app.with(b -> b.replicas(replicas)));

  /** An app's container image (for the environment: every app). */
  public static final Setting<String> IMAGE =
      ofApp("image", (app, image) -> app.with(b -> b.image(image)));

  /** An app's CPU and memory (for the environment: every app). */
  public static final Setting<Resources> RESOURCES =
      ofApp("resources", (app, resources) -> app.with(b -> b.resources(resources)));

  /** An environment variable, replacing the one of the same name or added after the others. */
  public static final Setting<EnvVar> ENV = ofApp("env", (app, variable) -> {
    List<EnvVar> env = new ArrayList<>(app.env());
    int index = indexOf(env, variable.name());
    if (index < 0) {
      env.add(variable);
    } else {
      env.set(index, variable);
    }
    return app.withEnv(env);
  });

  private final String name;
  private final Optional<BiFunction<Stack, T, Stack>> onStack;
  private final Optional<BiFunction<App, T, App>> onApp;

  private Setting(String name, Optional<BiFunction<Stack, T, Stack>> onStack,
      Optional<BiFunction<App, T, App>> onApp) {
    this.name = Objects.requireNonNull(name, "name");
    this.onStack = onStack;
    this.onApp = onApp;
  }

  /** A setting of the stack itself, e.g. its cloud. */
  public static <T> Setting<T> ofStack(String name, BiFunction<Stack, T, Stack> apply) {
    return new Setting<>(name, Optional.of(apply), Optional.empty());
  }

  /** A setting of each app; overridden for a whole environment it applies to every app. */
  public static <T> Setting<T> ofApp(String name, BiFunction<App, T, App> apply) {
    return new Setting<>(name, Optional.empty(), Optional.of(apply));
  }

  /** A setting that exists on the stack and on each app, with a meaning of its own at each level. */
  public static <T> Setting<T> of(String name, BiFunction<Stack, T, Stack> onStack,
      BiFunction<App, T, App> onApp) {
    return new Setting<>(name, Optional.of(onStack), Optional.of(onApp));
  }

  /** The setting's name, as shown in diagnostics. */
  public String name() {
    return name;
  }

  /** Whether the setting can be overridden for a single app. */
  public boolean appliesToApps() {
    return onApp.isPresent();
  }

  /** {@code stack} with the setting changed to {@code value} (for an app setting: on every app). */
  Stack applyTo(Stack stack, T value) {
    if (onStack.isPresent()) {
      return onStack.get().apply(stack, value);
    }
    List<App> apps = stack.apps().stream().map(app -> applyTo(app, value)).toList();
    return stack.withApps(apps);
  }

  /** {@code app} with the setting changed to {@code value}. */
  App applyTo(App app, T value) {
    return onApp.orElseThrow(() -> new IllegalStateException(name + " is not a setting of apps"))
        .apply(app, value);
  }

  private static int indexOf(List<EnvVar> env, String name) {
    for (int i = 0; i < env.size(); i++) {
      if (env.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return name;
  }
}
