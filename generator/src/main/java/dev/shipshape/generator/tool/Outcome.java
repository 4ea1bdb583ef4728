package dev.shipshape.generator.tool;

import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@link Generation} run did, for a shell to print: the diagnostics, the check report (for
 * {@code check}) and the summary line.
 *
 * <pre>{@code
 * Outcome outcome = generation.generate();
 * outcome.succeeded(); // no errors, and for check: up to date
 * outcome.summary();   // "shipshape generate: 1 stack, 14 objects, 3 files written, 11 unchanged, 0 pruned in 85 ms"
 * }</pre>
 *
 * @param diagnostics every finding
 * @param report the check report, when {@code check} found differences
 * @param summary one line: stacks, objects, files and time
 * @param succeeded whether the run succeeded
 */
public record Outcome(Diagnostics diagnostics, Optional<String> report, String summary, boolean succeeded) {

  public Outcome {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(summary, "summary");
  }
}
