package dev.shipshape.generator.patch;

import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.Optional;

/**
 * Why a patch does not apply: the rule it breaks, what is wrong (with what exists instead) and how
 * to fix it. Thrown while a patch is parsed or applied, and turned into one diagnostic that names the
 * patch and the user's source line.
 */
final class PatchFailure extends Exception {

  private final Rule rule;
  private final String hint;
  private final Optional<SourceLocation> source;

  /** A failure of the patch as a whole: reported at the line that declares the patch. */
  PatchFailure(Rule rule, String message, String hint) {
    this(rule, message, hint, Optional.empty());
  }

  private PatchFailure(Rule rule, String message, String hint, Optional<SourceLocation> source) {
    super(message, null, false, false);
    this.rule = rule;
    this.hint = hint;
    this.source = source;
  }

  /** The same failure, reported at {@code operation}'s line when it has one (a typed operation). */
  PatchFailure at(Optional<SourceLocation> operation) {
    return operation.isPresent() ? new PatchFailure(rule, getMessage(), hint, operation) : this;
  }

  /** The line of the operation that failed; empty when the patch's own line is meant. */
  Optional<SourceLocation> source() {
    return source;
  }

  Rule rule() {
    return rule;
  }

  String hint() {
    return hint;
  }
}
