package dev.shipshape.generator.syntax;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's duration syntax, as Velero reads it ({@code ttl: 720h0m0s}, {@code @every 6h}).
 *
 * <pre>{@code
 * GoDuration.format(Duration.ofDays(30));   // "720h0m0s"
 * GoDuration.parse("2h30m");                 // Optional[PT2H30M]
 * }</pre>
 */
public final class GoDuration {

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDuration() {}

  /** Formats {@code duration} the way Go's {@code time.Duration.String()} does for whole seconds. */
  public static String format(Duration duration) {
    long seconds = duration.getSeconds();
    long hours = seconds / 3600;
    long minutes = seconds % 3600 / 60;
    String tail = minutes + "m" + (seconds % 60) + "s";
    if (hours > 0) {
      return hours + "h" + tail;
    }
    return minutes > 0 ? tail : (seconds % 60) + "s";
  }

  /** Parses a positive Go duration such as {@code 6h}, {@code 1h30m} or {@code 90s}. */
  public static Optional<Duration> parse(String text) {
    if (!ValueFormat.GO_DURATION.matches(text)) {
      return Optional.empty();
    }
    Matcher part = PART.matcher(text);
    double nanos = 0;
    while (part.find()) {
      double value = Double.parseDouble(part.group(1));
      nanos += value * switch (part.group(2)) {
        case "ns" -> 1d;
        case "us", "µs" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        case "m" -> 60e9;
        default -> 3600e9;
      };
    }
    return nanos > 0 ? Optional.of(Duration.ofNanos((long) nanos)) : Optional.empty();
  }
}
