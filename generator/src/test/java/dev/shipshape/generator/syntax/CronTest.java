package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 2 * * *        | PT24H",
      "*/15 * * * *     | PT15M",
      "0 */6 * * *      | PT6H",
      "30 1 * * 1-5     | PT72H",
      "0 3 * * SUN      | PT168H",
      "0 0 1 * *        | PT744H",
      "0 0 1 1 *        | PT8784H",
      "0 9,17 * * *     | PT16H",
      "@daily           | PT24H",
      "@hourly          | PT1H",
      "@weekly          | PT168H",
      "@every 6h        | PT6H",
      "@every 1h30m     | PT1H30M"})
  void longestGapBetweenRuns(String expression, String gap) {
    Cron.Parsed parsed = Cron.parse(expression);
    assertTrue(parsed.error().isEmpty(), () -> parsed.error().orElse(""));
    assertEquals(Optional.of(Duration.parse(gap)), parsed.cron().orElseThrow().longestGap());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 0 30 2 *", "0 0 31 4 *"})
  void schedulesThatNeverRunHaveNoGap(String expression) {
    assertEquals(Optional.empty(), Cron.parse(expression).cron().orElseThrow().longestGap());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 0 2 * * *      | has 6 fields",
      "0 2 * *          | has 4 fields",
      "60 2 * * *       | minute '60' is outside 0-59",
      "0 24 * * *       | hour '24' is outside 0-23",
      "0 2 0 * *        | day of month '0' is outside 1-31",
      "0 2 * 13 *       | month '13' is outside 1-12",
      "0 2 * * 8        | day of week '8' is outside 0-6",
      "0 2 * * MON-XYZ  | is not a number, range or name",
      "*/0 * * * *      | step '0' is not a positive number",
      "@often           | is not a known descriptor",
      "@every soon      | is not a positive Go duration",
      "time '2am'       | has 2 fields"})
  void invalidExpressionsSayWhatIsWrong(String expression, String error) {
    Cron.Parsed parsed = Cron.parse(expression);
    assertTrue(parsed.cron().isEmpty());
    assertTrue(parsed.error().orElseThrow().contains(error), parsed.error().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 2 * * 7", "0 2 * jan-mar mon", "5-10/2 * * * *", "0 0 1,15 * *"})
  void acceptsNamesRangesStepsAndSundayAsSeven(String expression) {
    assertTrue(Cron.parse(expression).error().isEmpty(), expression);
  }
}
