package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * One value an {@link Environment} changes: a {@link Setting}, for the whole stack or for one app.
 * Created through {@code Environment.Builder.set(...)} and its shortcuts.
 *
 * <pre>{@code
 * Environment.named("prod").set("api", Setting.REPLICAS, 5);   // SettingOverride[app=api, replicas=5]
 * }</pre>
 *
 * @param app the app it applies to; empty for the whole stack
 * @param setting what is overridden
 * @param value the value in this environment
 * @param source where the user declared it, when known
 * @param <T> the type of the value
 */
public record SettingOverride<T>(Optional<String> app, Setting<T> setting, T value,
    Optional<SourceLocation> source) {

  public SettingOverride {
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Whether the override can be applied to {@code stack}: a stack-wide override always can; one for
   * an app needs an app of that name and a setting that exists on apps.
   */
  public boolean appliesTo(Stack stack) {
    return app.isEmpty() || setting.appliesToApps()
        && stack.apps().stream().anyMatch(a -> a.name().equals(app.get()));
  }

  /** {@code stack} with this override applied; unchanged when it {@linkplain #appliesTo does not apply}. */
  Stack applyTo(Stack stack) {
    if (!appliesTo(stack)) {
      return stack;
    }
    if (app.isEmpty()) {
      return setting.applyTo(stack, value);
    }
    return stack.withApps(stack.apps().stream()
        .map(a -> a.name().equals(app.get()) ? setting.applyTo(a, value) : a).toList());
  }

  /** Where it applies and what it sets, e.g. {@code api/replicas=5}. */
  public String describe() {
    return app.map(name -> name + "/").orElse("") + setting.name() + "=" + value;
  }
}
