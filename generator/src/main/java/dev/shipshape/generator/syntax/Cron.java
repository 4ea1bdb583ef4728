package dev.shipshape.generator.syntax;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Velero schedule: a standard five-field cron expression (minute hour day-of-month month
 * day-of-week), a descriptor such as {@code @daily}, or {@code @every <Go duration>}, as Velero's
 * cron library reads them.
 *
 * <pre>{@code
 * Cron.Parsed parsed = Cron.parse("0 2 * * *");
 * parsed.cron().orElseThrow().longestGap(); // Optional[PT24H]
 * Cron.parse("0 0 2 * * *").error();        // Optional["has 6 fields …"]
 * }</pre>
 *
 */
public final class Cron {

  // Compiled once: String.split and String.matches compile their regular expression on every call.
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");

  private final String expression;
  private final Optional<Duration> every;
  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean dayOfMonthRestricted;
  private final boolean dayOfWeekRestricted;

  private Cron(String expression, Optional<Duration> every, BitSet minutes, BitSet hours,
      BitSet daysOfMonth, BitSet months, BitSet daysOfWeek, boolean dayOfMonthRestricted,
      boolean dayOfWeekRestricted) {
    this.expression = expression;
    this.every = every;
    this.minutes = minutes;
    this.hours = hours;
    this.daysOfMonth = daysOfMonth;
    this.months = months;
    this.daysOfWeek = daysOfWeek;
    this.dayOfMonthRestricted = dayOfMonthRestricted;
    this.dayOfWeekRestricted = dayOfWeekRestricted;
  }

  /** The expression as written. */
  public String expression() {
    return expression;
  }

  /**
   * The outcome of parsing: a schedule, or what is wrong with the expression.
   *
   * @param cron the schedule, when the expression is valid
   * @param error what is wrong, when it is not
   */
  public record Parsed(Optional<Cron> cron, Optional<String> error) {
    static Parsed ok(Cron cron) {
      return new Parsed(Optional.of(cron), Optional.empty());
    }

    static Parsed failed(String error) {
      return new Parsed(Optional.empty(), Optional.of(error));
    }
  }

  private record Field(String name, int min, int max, List<String> names) {}

  private static final Field MINUTE = new Field("minute", 0, 59, List.of());
  private static final Field HOUR = new Field("hour", 0, 23, List.of());
  private static final Field DAY_OF_MONTH = new Field("day of month", 1, 31, List.of());
  private static final Field MONTH = new Field("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR",
      "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"));
  private static final Field DAY_OF_WEEK = new Field("day of week", 0, 6,
      List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"));
  private static final Map<String, String> DESCRIPTORS = Map.of("@yearly", "0 0 1 1 *",
      "@annually", "0 0 1 1 *", "@monthly", "0 0 1 * *", "@weekly", "0 0 * * 0",
      "@daily", "0 0 * * *", "@midnight", "0 0 * * *", "@hourly", "0 * * * *");
  /** Long enough to see every pattern repeat, leap days included; fixed so results are stable. */
  private static final LocalDate SIMULATION_START = LocalDate.of(2024, 1, 1);
  private static final int SIMULATION_DAYS = 8 * 366;
  private static final int MINUTES_PER_DAY = 24 * 60;

  /** Parses {@code expression} (without any {@code CRON_TZ=} prefix). */
  public static Parsed parse(String expression) {
    String trimmed = expression.trim();
    if (trimmed.startsWith("@every")) {
      String interval = trimmed.substring("@every".length()).trim();
      return GoDuration.parse(interval)
          .map(duration -> Parsed.ok(new Cron(expression, Optional.of(duration), new BitSet(),
              new BitSet(), new BitSet(), new BitSet(), new BitSet(), false, false)))
          .orElseGet(() -> Parsed.failed("'@every " + interval + "' is not a positive Go duration"));
    }
    String fields = DESCRIPTORS.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    if (fields.startsWith("@")) {
      return Parsed.failed("'" + trimmed + "' is not a known descriptor (@yearly, @monthly, @weekly, "
          + "@daily, @hourly or @every <duration>)");
    }
    String[] parts = WHITESPACE.split(fields);
    if (parts.length == 6) {
      return Parsed.failed("'" + expression + "' has 6 fields; Velero accepts it but its scheduler "
          + "expects 5 (minute hour day-of-month month day-of-week) and the schedule fails at run time");
    }
    if (parts.length != 5) {
      return Parsed.failed("'" + expression + "' has " + parts.length
          + " fields; a cron expression has 5: minute hour day-of-month month day-of-week");
    }
    Field[] layout = {MINUTE, HOUR, DAY_OF_MONTH, MONTH, DAY_OF_WEEK};
    BitSet[] sets = new BitSet[5];
    for (int i = 0; i < 5; i++) {
      Optional<String> error = parseField(parts[i], layout[i], sets[i] = new BitSet());
      if (error.isPresent()) {
        return Parsed.failed("'" + expression + "': " + error.get());
      }
    }
    if (sets[4].get(7)) {
      sets[4].set(0);
    }
    return Parsed.ok(new Cron(expression, Optional.empty(), sets[0], sets[1], sets[2], sets[3],
        sets[4], !isWildcard(parts[2]), !isWildcard(parts[4])));
  }

  /**
   * The longest time between two consecutive runs, or empty when the schedule never runs twice
   * (e.g. {@code 0 0 30 2 *}). A retention shorter than this leaves times with no backup at all.
   */
  public Optional<Duration> longestGap() {
    if (every.isPresent()) {
      return every;
    }
    // A day's runs are the same minutes on every day it runs: walk the days, not the runs.
    int[] times = new int[hours.cardinality() * minutes.cardinality()];
    int count = 0;
    for (int hour = hours.nextSetBit(0); hour >= 0; hour = hours.nextSetBit(hour + 1)) {
      for (int minute = minutes.nextSetBit(0); minute >= 0; minute = minutes.nextSetBit(minute + 1)) {
        times[count++] = hour * 60 + minute;
      }
    }
    if (times.length == 0) {
      return Optional.empty();
    }
    long longest = 0;
    for (int i = 1; i < times.length; i++) {
      longest = Math.max(longest, times[i] - times[i - 1]);
    }
    if (!dayOfMonthRestricted && !dayOfWeekRestricted && months.cardinality() == 12) {
      // Every day: the longest gap is within a day or across midnight.
      return Optional.of(Duration.ofMinutes(
          Math.max(longest, MINUTES_PER_DAY + times[0] - times[times.length - 1])));
    }
    int previousDay = -1;
    int runningDays = 0;
    LocalDate date = SIMULATION_START;
    for (int day = 0; day < SIMULATION_DAYS; day++, date = date.plusDays(1)) {
      if (runsOn(date)) {
        if (previousDay >= 0) {
          longest = Math.max(longest,
              (long) (day - previousDay) * MINUTES_PER_DAY + times[0] - times[times.length - 1]);
        }
        previousDay = day;
        runningDays++;
      }
    }
    return runningDays == 0 || runningDays == 1 && times.length == 1
        ? Optional.empty()
        : Optional.of(Duration.ofMinutes(longest));
  }

  private boolean runsOn(LocalDate date) {
    if (!months.get(date.getMonthValue())) {
      return false;
    }
    boolean dayOfMonth = daysOfMonth.get(date.getDayOfMonth());
    boolean dayOfWeek = daysOfWeek.get(date.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : date.getDayOfWeek().getValue());
    if (dayOfMonthRestricted && dayOfWeekRestricted) {
      return dayOfMonth || dayOfWeek;
    }
    return dayOfMonth && dayOfWeek;
  }

  private static boolean isWildcard(String field) {
    return field.equals("*") || field.equals("?");
  }

  private static Optional<String> parseField(String text, Field field, BitSet into) {
    for (String item : text.split(",", -1)) {
      String[] stepSplit = item.split("/", -1);
      if (stepSplit.length > 2) {
        return Optional.of(field.name() + " '" + item + "' has more than one '/'");
      }
      int step = 1;
      if (stepSplit.length == 2) {
        Optional<Integer> parsed = number(stepSplit[1], List.of());
        if (parsed.isEmpty() || parsed.get() < 1) {
          return Optional.of(field.name() + " step '" + stepSplit[1] + "' is not a positive number");
        }
        step = parsed.get();
      }
      String range = stepSplit[0];
      int low;
      int high;
      if (range.equals("*") || range.equals("?")) {
        low = field.min();
        high = field.max();
      } else {
        String[] bounds = range.split("-", -1);
        Optional<Integer> from = number(bounds[0], field.names());
        Optional<Integer> to = bounds.length == 2 ? number(bounds[1], field.names()) : from;
        if (bounds.length > 2 || from.isEmpty() || to.isEmpty()) {
          return Optional.of(field.name() + " '" + item + "' is not a number, range or name");
        }
        low = from.get();
        high = stepSplit.length == 2 && bounds.length == 1 ? field.max() : to.get();
        int max = field == DAY_OF_WEEK ? 7 : field.max();
        if (low < field.min() || high > max || low > high) {
          return Optional.of(field.name() + " '" + item + "' is outside " + field.min() + "-" + field.max());
        }
      }
      for (int value = low; value <= high; value += step) {
        into.set(value);
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> number(String text, List<String> names) {
    int index = names.indexOf(text.toUpperCase(Locale.ROOT));
    if (index >= 0) {
      return Optional.of(index + (names.size() == 12 ? 1 : 0));
    }
    return ONE_OR_TWO_DIGITS.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }
}
