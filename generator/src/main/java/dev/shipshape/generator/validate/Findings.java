package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Profile;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Suppression;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Collects the findings of one validation run, dropping those the user suppressed. */
final class Findings {

  private final Stack stack;
  private final List<Diagnostic> collected = new ArrayList<>();

  Findings(Stack stack) {
    this.stack = stack;
  }

  /**
   * Records that {@code rule} fails at {@code where}; {@code hint} says how to fix it. Under the
   * production profile a rule marked {@link Rule#errorInProduction()} is reported as an error.
   */
  void report(Rule rule, Where where, String message, String hint) {
    if (!isSuppressed(rule, where)) {
      collected.add(new Diagnostic(rule.under(profile()), where.path(), message, hint, where.source()));
    }
  }

  /** The profile in force, for rules that exist only in production. */
  Profile profile() {
    return stack.profile();
  }

  List<Diagnostic> all() {
    return List.copyOf(collected);
  }

  private boolean isSuppressed(Rule rule, Where where) {
    if (!rule.suppressible() || rule.id().startsWith(SuppressionCheck.RULE_PREFIX)) {
      return false;
    }
    Stream<Suppression> applicable = Stream.concat(stack.suppressions().stream(),
        where.app().stream().flatMap(app -> app.suppressions().stream()));
    return applicable.anyMatch(s -> s.ruleId().equals(rule.id()) && !s.reason().isBlank());
  }
}
