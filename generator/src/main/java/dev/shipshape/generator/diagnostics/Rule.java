package dev.shipshape.generator.diagnostics;

import dev.shipshape.dsl.Profile;
import java.util.Objects;

/**
 * A validation rule: a stable id users can search for and suppress, its severity and a one-line
 * summary.
 *
 * <pre>{@code
 * static final Rule NODE_PORT_RANGE =
 *     Rule.error("NET-NODEPORT-RANGE", "an explicit nodePort lies outside 30000-32767");
 * static final Rule NODE_PORT_RISK =
 *     Rule.warning("NET-NODEPORT-RISK", "a NodePort Service without a reason").errorInProduction();
 * }</pre>
 *
 * @param id the stable id, upper case words joined by '-', starting with the area (NET, IMAGE…)
 * @param severity the severity of its findings
 * @param summary what the rule checks, in one line
 * @param suppressible whether a suppression with a reason silences it (false for hard limits such as
 *     hostPath volumes in production)
 * @param raisedInProduction whether a finding is an error under {@link Profile#PRODUCTION}
 */
public record Rule(String id, Severity severity, String summary, boolean suppressible,
    boolean raisedInProduction) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
  }

  /** A suppressible rule whose severity does not depend on the profile. */
  public Rule(String id, Severity severity, String summary) {
    this(id, severity, summary, true, false);
  }

  /** A rule whose findings stop generation. */
  public static Rule error(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary);
  }

  /** An error no suppression can silence. */
  public static Rule mandatory(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary, false, false);
  }

  /** A rule whose findings are reported but do not stop generation. */
  public static Rule warning(String id, String summary) {
    return new Rule(id, Severity.WARNING, summary);
  }

  /**
   * A rule whose findings only inform (e.g. that an escape hatch was used, for reviewers): it never
   * fails a build, and no suppression silences it, so what it lists is always listed.
   */
  public static Rule info(String id, String summary) {
    return new Rule(id, Severity.INFO, summary, false, false);
  }

  /**
   * The same rule, raised to an error under the production profile: how a risk that is a warning
   * elsewhere (a NodePort without a reason, a public endpoint without TLS) becomes an error in
   * production.
   */
  public Rule errorInProduction() {
    return new Rule(id, severity, summary, suppressible, true);
  }

  /** The rule as it applies under {@code profile}. */
  public Rule under(Profile profile) {
    return raisedInProduction && profile == Profile.PRODUCTION && severity != Severity.ERROR
        ? new Rule(id, Severity.ERROR, summary, suppressible, true)
        : this;
  }
}
