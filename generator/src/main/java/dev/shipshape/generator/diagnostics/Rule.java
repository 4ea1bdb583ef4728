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
 * }</pre>
 *
 * @param id the stable id, upper case words joined by '-', starting with the area (NET, IMAGE…)
 * @param severity the severity of its findings
 * @param summary what the rule checks, in one line
 * @param raisedInProduction whether a finding is an error under {@link Profile#PRODUCTION}
 */
public record Rule(String id, Severity severity, String summary, boolean raisedInProduction) {

  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
  }

  /** A rule whose severity does not depend on the profile. */
  public Rule(String id, Severity severity, String summary) {
    this(id, severity, summary, false);
  }

  /**
   * The same rule, raised to an error under the production profile: how a risk that is a warning
   * elsewhere (a NodePort without a reason, a hostPath volume, a public endpoint without TLS)
   * becomes an error in production.
   *
   * <pre>{@code
   * static final Rule HOST_PATH =
   *     Rule.warning("STORAGE-HOSTPATH", "a hostPath volume").errorInProduction();
   * }</pre>
   */
  public Rule errorInProduction() {
    return new Rule(id, severity, summary, true);
  }

  /** The rule as it applies under {@code profile}. */
  public Rule under(Profile profile) {
    return raisedInProduction && profile == Profile.PRODUCTION && severity != Severity.ERROR
        ? new Rule(id, Severity.ERROR, summary, true)
        : this;
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
