package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule switched off on purpose, with the reason written down for reviewers.
 *
 * <pre>{@code
 * Stack.named("lab").suppress("NET-NODEPORT-RISK", "training cluster without a load balancer");
 * }</pre>
 *
 * @param ruleId the stable id of the rule, as printed in diagnostics
 * @param reason why the finding does not apply; must not be blank
 * @param source where the suppression was declared, when known
 */
public record Suppression(String ruleId, String reason, Optional<SourceLocation> source) {

  public Suppression {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }
}
