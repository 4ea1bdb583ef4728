package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.helm.ValuesKeys;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stack delivered with a Helm chart: the chart version is SemVer 2 (Helm refuses anything else),
 * and no app takes a values key the chart uses itself.
 */
final class HelmChartCheck implements Check {

  static final Rule VERSION = Rule.error("HELM-CHART-VERSION", "a Helm chart version is not SemVer 2");
  static final Rule VALUES_KEY = Rule.error("HELM-VALUES-KEY", "an app's values key is one the chart uses itself");

  /** SemVer 2.0.0, as semver.org gives it. */
  private static final Pattern SEMVER = Pattern.compile(
      "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
          + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
          + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

  @Override
  public List<Rule> rules() {
    return List.of(VERSION, VALUES_KEY);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Optional<HelmChart> chart = stack.delivery().flatMap(Delivery::helmChart);
    if (chart.isEmpty()) {
      return;
    }
    String version = chart.get().version();
    if (!SEMVER.matcher(version).matches()) {
      findings.report(VERSION, Where.stack(stack, "delivery/helmChart/version"),
          "chart version '" + version + "' is not SemVer 2 (MAJOR.MINOR.PATCH, e.g. 1.4.2)",
          "write it as three numbers: .helmChart(HelmChart.version(\"1.4.2\"))");
    }
    for (App app : stack.apps()) {
      reserved(stack, app.name(), Where.app(stack, app, "name"), findings);
    }
    for (ExternalService alias : stack.externalServices()) {
      reserved(stack, alias.name(), new Where(stack.name() + "/" + alias.name() + "/name",
          Optional.empty(), alias.source()), findings);
    }
  }

  private static void reserved(Stack stack, String name, Where where, Findings findings) {
    String key = ValuesKeys.of(name);
    if (ValuesKeys.RESERVED.contains(key)) {
      findings.report(VALUES_KEY, where, "'" + name + "' would own the values key '" + key
              + "', which the chart of " + stack.name() + " uses for itself (reserved: "
              + String.join(", ", ValuesKeys.RESERVED.stream().sorted().toList()) + ")",
          "rename it, e.g. App.deployment(\"" + name + "-app\")");
    }
  }
}
