package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Suppression;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;
import java.util.Set;

/** Suppressions name rules that exist and give a reason; NodePort opt-ins give a reason too. */
final class SuppressionCheck implements Check {

  static final String RULE_PREFIX = "RULE-";
  static final Rule UNKNOWN = Rule.error("RULE-UNKNOWN", "a suppression names a rule that does not exist");
  static final Rule MANDATORY = Rule.error("RULE-MANDATORY", "a suppression names a rule that cannot be suppressed");
  static final Rule REASON = Rule.error("RULE-REASON", "a suppression or opt-in has no reason");

  private final Set<String> knownRuleIds;
  private final Set<String> mandatoryRuleIds;

  SuppressionCheck(Set<String> knownRuleIds, Set<String> mandatoryRuleIds) {
    this.knownRuleIds = knownRuleIds;
    this.mandatoryRuleIds = mandatoryRuleIds;
  }

  @Override
  public List<Rule> rules() {
    return List.of(UNKNOWN, MANDATORY, REASON);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    stack.suppressions().forEach(s -> check(s, Where.stack(stack, "suppress/" + s.ruleId()), findings));
    for (App app : stack.apps()) {
      app.suppressions().forEach(s ->
          check(s, Where.app(stack, app, "suppress/" + s.ruleId()), findings));
      app.service().flatMap(service -> service.nodePortReason()).filter(String::isBlank)
          .ifPresent(blank -> findings.report(REASON, Where.app(stack, app, "service"),
              "the NodePort opt-in has an empty reason",
              "write down why a NodePort is acceptable here, e.g. .because(\"on-prem lab without a load balancer\")"));
    }
  }

  private void check(Suppression suppression, Where where, Findings findings) {
    Where precise = where.at(suppression.source());
    if (!knownRuleIds.contains(suppression.ruleId())) {
      findings.report(UNKNOWN, precise, "no rule is called '" + suppression.ruleId() + "'",
          DidYouMean.closest(suppression.ruleId(), knownRuleIds).map(id -> "did you mean '" + id + "'?")
              .orElse("copy the rule id from the diagnostic you want to suppress"));
    } else if (mandatoryRuleIds.contains(suppression.ruleId())) {
      findings.report(MANDATORY, precise, "rule " + suppression.ruleId() + " cannot be suppressed",
          "fix the finding instead; this rule guards a hard limit");
    }
    if (suppression.reason().isBlank()) {
      findings.report(REASON, precise, "the suppression of " + suppression.ruleId() + " has no reason",
          "write down why the rule does not apply here; reviewers read it");
    }
  }
}
