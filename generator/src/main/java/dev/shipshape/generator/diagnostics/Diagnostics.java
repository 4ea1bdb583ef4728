package dev.shipshape.generator.diagnostics;

import java.util.List;

/**
 * All findings of one validation run, in the order the model declares things.
 *
 * <pre>{@code
 * Diagnostics found = result.diagnostics();
 * if (found.hasErrors()) System.err.print(found.report());
 * }</pre>
 *
 * @param all every finding, errors and warnings
 */
public record Diagnostics(List<Diagnostic> all) {

  public Diagnostics {
    all = List.copyOf(all);
  }

  /** Whether any finding is an error, which stops generation. */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  /** The number of errors. */
  public long errorCount() {
    return count(Severity.ERROR);
  }

  /** The number of warnings. */
  public long warningCount() {
    return count(Severity.WARNING);
  }

  /** The number of informational findings (each use of an escape hatch, for instance). */
  public long infoCount() {
    return count(Severity.INFO);
  }

  private long count(Severity severity) {
    return all.stream().filter(d -> d.severity() == severity).count();
  }

  /**
   * Every finding followed by a summary line such as {@code 2 errors, 1 warning — nothing was
   * written} (with {@code , 3 info} when there are informational findings); ends with a newline.
   * Empty when there is nothing to report.
   */
  public String report() {
    if (all.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    all.forEach(d -> text.append(d.format()).append('\n'));
    text.append(plural(errorCount(), "error")).append(", ").append(plural(warningCount(), "warning"));
    if (infoCount() > 0) {
      text.append(", ").append(infoCount()).append(" info");
    }
    if (hasErrors()) {
      text.append(" — nothing was written");
    }
    return text.append('\n').toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
