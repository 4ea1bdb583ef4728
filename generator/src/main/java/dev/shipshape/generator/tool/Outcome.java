package dev.shipshape.generator.tool;

import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link Generation} run did, for a shell to print: the diagnostics, the report (the
 * differences {@code check} found, the conflicts that stopped a write, the hand edits a write
 * overwrote), the summary line and how the run ends.
 *
 * <pre>{@code
 * Outcome outcome = generation.generate();
 * outcome.succeeded(); // no errors, and for check: up to date
 * outcome.summary();   // "shipshape generate: 1 stack, 14 objects, 3 written, 11 unchanged, 0 pruned in 85 ms (…)"
 * System.exit(outcome.exitCode().code());
 * }</pre>
 *
 * @param diagnostics every finding
 * @param report lines to show besides the diagnostics, when there are any
 * @param summary one line: stacks, objects, files and time, or why nothing was written
 * @param exitCode how the run ends
 */
public record Outcome(Diagnostics diagnostics, Optional<String> report, String summary, ExitCode exitCode) {

  public Outcome {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(exitCode, "exitCode");
  }

  /** Whether the run succeeded. */
  public boolean succeeded() {
    return exitCode == ExitCode.OK;
  }
}
