package dev.shipshape.generator.diagnostics;

/** How serious a diagnostic is. */
public enum Severity {
  /** Generation stops and nothing is written. */
  ERROR,
  /** Worth a look; generation goes on. */
  WARNING
}
