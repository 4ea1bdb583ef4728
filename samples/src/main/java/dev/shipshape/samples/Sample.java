package dev.shipshape.samples;

import dev.shipshape.dsl.ManifestSource;

/**
 * A bundled sample: its directory name under {@code golden/}, its definition, and whether it is a
 * negative sample that must fail validation.
 *
 * @param name the directory name, equal to the stack's name
 * @param source the definition
 * @param negative whether the sample exists to show diagnostics (its golden is {@code diagnostics.txt})
 */
public record Sample(String name, ManifestSource source, boolean negative) {

  /** A sample that renders. */
  static Sample rendering(ManifestSource source) {
    return new Sample(source.define().name(), source, false);
  }

  /** A sample that must fail validation. */
  static Sample failing(ManifestSource source) {
    return new Sample(source.define().name(), source, true);
  }
}
