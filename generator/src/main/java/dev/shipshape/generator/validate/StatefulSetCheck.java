package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Retention;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.ArrayList;
import java.util.List;

/** StatefulSet settings are used on StatefulSets only, and the update partition is not negative. */
final class StatefulSetCheck implements Check {

  static final Rule SETTING = Rule.error("APP-STATEFUL-SETTING",
      "a StatefulSet setting on a Deployment, or an update partition below zero");

  @Override
  public List<Rule> rules() {
    return List.of(SETTING);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      Where where = Where.app(stack, app, "statefulSet");
      app.updatePartition().filter(partition -> partition < 0).ifPresent(partition ->
          findings.report(SETTING, where, "update partition " + partition + " is below zero",
              "use 0 to update every replica, or the lowest ordinal to update first"));
      boolean statefulSetSettingsApply = switch (app.kind()) {
        case STATEFUL_SET -> true;
        case DEPLOYMENT -> false;
      };
      if (statefulSetSettingsApply) {
        continue;
      }
      List<String> misplaced = new ArrayList<>();
      if (app.parallelPodManagement()) {
        misplaced.add("parallelPodManagement()");
      }
      if (app.claimsWhenDeleted() != Retention.RETAIN || app.claimsWhenScaled() != Retention.RETAIN) {
        misplaced.add("claim retention");
      }
      app.updatePartition().ifPresent(partition -> misplaced.add("updatePartition(" + partition + ")"));
      if (!misplaced.isEmpty()) {
        findings.report(SETTING, where, "Deployment '" + app.name() + "' sets "
                + String.join(", ", misplaced) + ", which only StatefulSets have",
            "start the app with App.statefulSet(\"" + app.name() + "\"), or remove those settings");
      }
    }
  }
}
