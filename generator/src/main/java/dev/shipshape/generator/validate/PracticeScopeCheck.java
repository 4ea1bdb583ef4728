package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.List;

/**
 * Practice switches with effects beyond one app: a stack-wide switch set on an app would be silently
 * ignored, and an app leaving restricted Pod Security lowers its namespace's enforcement.
 */
final class PracticeScopeCheck implements Check {

  static final Rule SCOPE = Rule.error("PRACTICE-SCOPE", "a stack-wide practice is set on one app");
  static final Rule POD_SECURITY =
      Rule.warning("PRACTICE-POD-SECURITY", "an app opts out of restricted Pod Security in an enforcing namespace");

  @Override
  public List<Rule> rules() {
    return List.of(SCOPE, POD_SECURITY);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      app.practices().flatMap(p -> p.namespace()).ifPresent(ignored ->
          findings.report(SCOPE, Where.app(stack, app, "practices/namespace"),
              "the namespace switch applies to the whole stack, not to one app",
              "move .namespace(...) into the stack's practices"));
      boolean namespaceEnforces = EffectivePractices.of(stack).restrictedPodSecurity()
          && EffectivePractices.of(stack).namespace();
      if (namespaceEnforces && !EffectivePractices.of(stack, app).restrictedPodSecurity()) {
        findings.report(POD_SECURITY, Where.app(stack, app, "practices/restrictedPodSecurity"),
            "app '" + app.name() + "' opts out of restricted Pod Security, so namespace '"
                + stack.namespaceName() + "' enforces only 'baseline' (it still audits and warns at "
                + "'restricted')",
            "make the app run as non-root with dropped capabilities and keep the default, or move it "
                + "to a stack of its own so the rest keeps 'restricted' enforcement");
      }
    }
  }
}
