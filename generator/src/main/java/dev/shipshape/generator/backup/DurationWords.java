package dev.shipshape.generator.backup;

import dev.shipshape.generator.syntax.GoDuration;
import java.time.Duration;

/**
 * Durations as people read them in diagnostics and READMEs: whole days, whole hours, else Go's
 * notation.
 *
 * <pre>{@code
 * DurationWords.of(Duration.ofDays(30));   // "30 days"
 * DurationWords.of(Duration.ofHours(6));   // "6 hours"
 * DurationWords.of(Duration.ofMinutes(90)); // "1h30m0s"
 * }</pre>
 */
public final class DurationWords {

  private static final long DAY = 86_400;
  private static final long HOUR = 3_600;

  private DurationWords() {}

  /** {@code duration} in words. */
  public static String of(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && duration.getNano() == 0 && seconds % DAY == 0) {
      return plural(seconds / DAY, "day");
    }
    if (seconds != 0 && duration.getNano() == 0 && seconds % HOUR == 0) {
      return plural(seconds / HOUR, "hour");
    }
    return GoDuration.format(duration);
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
