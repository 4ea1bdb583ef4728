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
 */
public record Rule(String id, Severity severity, String summary) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
  }

  /** A rule whose findings stop generation. */
  public static Rule error(String id, String summary) {
    return new Rule(id, Severity.ERROR, summary);
  }

  /** A rule whose findings are reported but do not stop generation. */
  public static Rule warning(String id, String summary) {
    return new Rule(id, Severity.WARNING, summary);
  }
}
