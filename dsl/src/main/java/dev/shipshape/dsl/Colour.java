package dev.shipshape.dsl;

import java.util.Locale;

/**
 * The two versions of a blue/green rollout; the live one receives all traffic.
 *
 * <pre>{@code
 * Rollout.blueGreen("ghcr.io/acme/api:1.5.0").live(Colour.GREEN);
 * }</pre>
 */
public enum Colour {
  /** The app's own image. */
  BLUE,
  /** The other image. */
  GREEN;

  /** The version label value, e.g. {@code blue}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
