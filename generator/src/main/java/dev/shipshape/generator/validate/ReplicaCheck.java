package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;

/** Replica counts are not negative. */
final class ReplicaCheck implements Check {

  static final Rule NEGATIVE = Rule.error("APP-REPLICAS", "a negative replica count");

  @Override
  public List<Rule> rules() {
    return List.of(NEGATIVE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      if (app.replicas() < 0) {
        findings.report(NEGATIVE, Where.app(stack, app, "replicas"),
            "replicas is " + app.replicas() + "; it cannot be negative",
            "use 0 to scale the app down, or at least 2 for availability");
      }
    }
  }
}
