package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;

/** Stack-wide switches set on an app would be silently ignored: say so instead. */
final class PracticeScopeCheck implements Check {

  static final Rule SCOPE = Rule.error("PRACTICE-SCOPE", "a stack-wide practice is set on one app");

  @Override
  public List<Rule> rules() {
    return List.of(SCOPE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      app.practices().flatMap(p -> p.namespace()).ifPresent(ignored ->
          findings.report(SCOPE, Where.app(stack, app, "practices/namespace"),
              "the namespace switch applies to the whole stack, not to one app",
              "move .namespace(...) into the stack's practices"));
    }
  }
}
