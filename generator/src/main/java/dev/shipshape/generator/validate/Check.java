package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;

/** One concern of validation (names, ports, images…), with the rules it can report. */
interface Check {

  /** Every rule this check may report, for the catalogue and for suppression checks. */
  List<Rule> rules();

  /** Reports every problem of this concern in {@code stack}. */
  void check(Stack stack, Findings findings);
}
