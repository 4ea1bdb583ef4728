package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;
import java.util.Optional;

/**
 * A patch limited to environments names environments the stack declares. (Whether a patch applies
 * to its object is known only once the objects are rendered: the {@code user-patches} transform
 * reports that.)
 */
final class PatchCheck implements Check {

  static final Rule ENVIRONMENT = Rule.error("HATCH-PATCH-ENVIRONMENT",
      "a patch is limited to an environment the stack does not declare");

  @Override
  public List<Rule> rules() {
    return List.of(ENVIRONMENT);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    List<String> declared = stack.environments().stream().map(Environment::name).toList();
    for (Patch patch : stack.patches()) {
      for (String environment : patch.environments()) {
        if (!declared.contains(environment)) {
          Where where = new Where(stack.name() + "/patches/" + patch.kind() + "/" + patch.name(), Optional.empty(),
              patch.source());
          findings.report(ENVIRONMENT, where, "patch " + patch.kind() + "/" + patch.name() + " is limited to"
                  + " environment '" + environment + "', which stack '" + stack.name() + "' does not declare"
                  + (declared.isEmpty() ? " (it declares none)" : " (it declares " + String.join(", ", declared) + ")"),
              DidYouMean.closest(environment, declared).map(name -> "did you mean '" + name + "'?")
                  .orElse(declared.isEmpty()
                      ? "declare the environment with .environment(Environment.named(\"" + environment
                          + "\")), or drop .onlyIn(…) to patch the stack everywhere"
                      : "name one of the declared environments in .onlyIn(…)"));
        }
      }
    }
  }
}
