package dev.shipshape.generator.diagnostics;

/** How serious a diagnostic is. */
public enum Severity {
  /** Generation stops and nothing is written. */
  ERROR,
  /** Worth a look; generation goes on. */
  WARNING,
  /**
   * Nothing wrong, but a reviewer should know: e.g. each use of an escape hatch that bypasses the
   * model. Never fails a build.
   */
  INFO
}
