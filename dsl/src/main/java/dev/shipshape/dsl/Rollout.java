package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * Two versions of an app side by side, with the mesh sharing requests between them: a canary takes a
 * weighted share, blue/green sends everything to the live colour. The app's own image is the
 * {@code stable} (or {@code blue}) version; the rollout's image runs in a second Deployment
 * {@code <app>-canary} (or {@code <app>-green}). Pods carry a {@code version} label; the app's
 * Service selects both versions, the mesh's routes pick the share.
 *
 * <pre>{@code
 * App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080).expose()
 *     .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(90, 10));
 * App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).expose()
 *     .rollout(Rollout.blueGreen("ghcr.io/acme/web:2.4.0").live(Colour.GREEN));
 * }</pre>
 */
public sealed interface Rollout permits Rollout.Canary, Rollout.BlueGreen {

  /** The image of the second version. */
  String image();

  /** The version label of the app's own pods, e.g. {@code stable}. */
  String primaryTrack();

  /** The version label of the second version's pods, e.g. {@code canary}. */
  String secondaryTrack();

  /** The share of requests the app's own pods receive, in percent. */
  int primaryWeight();

  /** The share of requests the second version receives, in percent. */
  int secondaryWeight();

  /** Where the user declared it. */
  Optional<SourceLocation> source();

  /** A canary running {@code image}; 90/10 until {@link Canary#weights(int, int)} says otherwise. */
  static Canary canary(String image) {
    return new Canary(image, 90, 10, SourceLocation.ofCaller());
  }

  /** Blue/green with the app's image as blue and {@code greenImage} as green; blue is live until switched. */
  static BlueGreen blueGreen(String greenImage) {
    return new BlueGreen(greenImage, Colour.BLUE, SourceLocation.ofCaller());
  }

  /**
   * A canary: {@code stable} (the app's image) and {@code canary} share requests by weight.
   *
   * @param image the canary's image
   * @param stableWeight the stable version's share, in percent
   * @param canaryWeight the canary's share, in percent; the two must add up to 100
   * @param source where the user declared it
   */
  record Canary(String image, int stableWeight, int canaryWeight, Optional<SourceLocation> source)
      implements Rollout {

    public Canary {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(source, "source");
    }

    /** Sends {@code stable} percent of requests to the app's image and {@code canary} percent to the canary. */
    public Canary weights(int stable, int canary) {
      return new Canary(image, stable, canary, source);
    }

    @Override
    public String primaryTrack() {
      return "stable";
    }

    @Override
    public String secondaryTrack() {
      return "canary";
    }

    @Override
    public int primaryWeight() {
      return stableWeight;
    }

    @Override
    public int secondaryWeight() {
      return canaryWeight;
    }
  }

  /**
   * Blue/green: all requests go to the live colour; switching is a one-word change.
   *
   * @param image the green version's image (blue is the app's own)
   * @param live the colour receiving every request
   * @param source where the user declared it
   */
  record BlueGreen(String image, Colour live, Optional<SourceLocation> source) implements Rollout {

    public BlueGreen {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(live, "live");
      Objects.requireNonNull(source, "source");
    }

    /** Makes {@code colour} the live one. */
    public BlueGreen live(Colour colour) {
      return new BlueGreen(image, colour, source);
    }

    @Override
    public String primaryTrack() {
      return Colour.BLUE.label();
    }

    @Override
    public String secondaryTrack() {
      return Colour.GREEN.label();
    }

    @Override
    public int primaryWeight() {
      return live == Colour.BLUE ? 100 : 0;
    }

    @Override
    public int secondaryWeight() {
      return 100 - primaryWeight();
    }
  }
}
