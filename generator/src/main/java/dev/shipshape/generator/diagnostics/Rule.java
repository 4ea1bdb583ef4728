package dev.shipshape.generator.diagnostics;

import java.util.Objects;

/**
 * A validation rule: a stable id users can search for and suppress, its severity and a one-line
 * summary.
 *
 * <pre>{@code
 * static final Rule NODE_PORT_RANGE =
 *     Rule.error("NET-NODEPORT-RANGE", "an explicit nodePort lies outside 30000-32767");
 * }</pre>
 *
 * @param id the stable id, upper case words joined by '-', starting with the area (NET, IMAGE…)
 * @param severity the severity of its findings
 * @param summary what the rule checks, in one line
 * @param suppressible whether a suppression with a reason silences it (false for hard limits such as
 *     hostPath volumes in production)
 */
public record Rule(String id, Severity severity, String summary, boolean suppressible) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
  }

  /** A suppressible rule. */
  public Rule(String id, Severity severity, String summary) {
    this(id, severity, summary, true);
  }

  /** A rule whose findings stop generation. */
  public static Rule error(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary);
  }

  /** An error no suppression can silence. */
  public static Rule mandatory(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary, false);
  }

  /** A rule whose findings are reported but do not stop generation. */
  public static Rule warning(String id, String summary) {
    return new Rule(id, Severity.WARNING, summary);
  }
}
