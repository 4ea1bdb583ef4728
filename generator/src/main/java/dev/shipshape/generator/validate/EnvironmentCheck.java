package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.SettingOverride;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Environments have usable, unique names, and every override lands on something that exists. */
final class EnvironmentCheck implements Check {

  static final Rule NAME = Rule.error("ENVIRONMENT-NAME", "an environment name is not a DNS-1123 label");
  static final Rule DUPLICATE = Rule.error("ENVIRONMENT-DUPLICATE", "two environments share a name");
  static final Rule UNKNOWN_APP = Rule.error("ENVIRONMENT-UNKNOWN-APP", "an override names an app the stack does not have");
  static final Rule SCOPE = Rule.error("ENVIRONMENT-OVERRIDE-SCOPE", "a stack-only setting is overridden for one app");

  @Override
  public List<Rule> rules() {
    return List.of(NAME, DUPLICATE, UNKNOWN_APP, SCOPE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> seen = new HashSet<>();
    Set<String> apps = stack.apps().stream().map(App::name).collect(Collectors.toSet());
    for (Environment environment : stack.environments()) {
      Where where = Where.environment(stack, environment, "name");
      if (!Names.isDns1123Label(environment.name())) {
        findings.report(NAME, where, "environment name '" + environment.name()
                + "' is not a DNS-1123 label, so it cannot name a directory or an Application",
            "use lowercase letters, digits and '-', e.g. Environment.named(\"prod\")");
      }
      if (!seen.add(environment.name())) {
        findings.report(DUPLICATE, where, "environment '" + environment.name()
                + "' is declared more than once",
            "declare each environment once and put all its overrides there");
      }
      for (SettingOverride<?> override : environment.overrides()) {
        checkOverride(stack, environment, override, apps, findings);
      }
    }
  }

  private static void checkOverride(Stack stack, Environment environment, SettingOverride<?> override,
      Set<String> apps, Findings findings) {
    override.app().ifPresent(app -> {
      Where where = Where.environment(stack, environment, app + "/" + override.setting().name())
          .at(override.source());
      if (!override.setting().appliesToApps()) {
        findings.report(SCOPE, where, "'" + override.setting().name()
                + "' is a setting of the whole stack, but it is overridden for app '" + app + "'",
            "override it for the environment: .set(Setting." + constant(override) + ", …)");
      } else if (!apps.contains(app)) {
        findings.report(UNKNOWN_APP, where, "the override " + override.describe()
                + " names app '" + app + "', which stack '" + stack.name() + "' does not have",
            DidYouMean.closest(app, apps).map(name -> "did you mean '" + name + "'?")
                .orElse("name one of the stack's apps: " + String.join(", ", apps.stream().sorted().toList())));
      }
    });
  }

  private static String constant(SettingOverride<?> override) {
    return override.setting().name().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }
}
