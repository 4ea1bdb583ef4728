package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing of Kubernetes quantities and the "did you mean" hints for common misspellings. */
class QuantityTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "250m, 0.25",
      "1, 1",
      "1.5, 1.5",
      "0, 0",
      ".5, 0.5",
      "100n, 0.0000001",
      "10u, 0.00001",
      "1k, 1000",
      "1e3, 1000",
      "1E3, 1000",
      "2e-3, 0.002",
      "5G, 5000000000",
      "1M, 1000000",
      "1Ki, 1024",
      "256Mi, 268435456",
      "1Gi, 1073741824",
      "5Gi, 5368709120",
      "1Ti, 1099511627776",
  })
  void parsesValidQuantitiesToBaseUnits(String text, BigDecimal expected) {
    Optional<BigDecimal> parsed = Quantity.parse(text);
    assertTrue(parsed.isPresent(), () -> text + " should parse");
    assertEquals(0, expected.compareTo(parsed.get()),
        () -> text + " should be " + expected.toPlainString() + " but was " + parsed.get().toPlainString());
    assertTrue(Quantity.isValid(text));
  }

  @ParameterizedTest(name = "''{0}'' is not a quantity")
  @ValueSource(strings = {"", "5GB", "5gi", "5 Gi", "1K", "1Gb", "abc", "Gi", "1.2.3", "1e", "250 m",
      "1Gi ", "one"})
  void rejectsInvalidQuantities(String text) {
    assertTrue(Quantity.parse(text).isEmpty(), () -> "'" + text + "' should not parse");
    assertFalse(Quantity.isValid(text));
  }

  @Test
  void suggestsDecimalAndBinaryUnitsForByteSuffixes() {
    assertEquals(Optional.of("did you mean 5G or 5Gi?"), Quantity.suggestion("5GB"));
    assertEquals(Optional.of("did you mean 512M or 512Mi?"), Quantity.suggestion("512mb"));
    assertEquals(Optional.of("did you mean 5G or 5Gi?"), Quantity.suggestion("5GiB"));
    assertEquals(Optional.of("did you mean 1k or 1Ki?"), Quantity.suggestion("1KB"));
  }

  @Test
  void suggestsTheBinaryUnitForWrongCase() {
    assertEquals(Optional.of("did you mean 5Gi?"), Quantity.suggestion("5gi"));
    assertEquals(Optional.of("did you mean 500Mi?"), Quantity.suggestion("500mi"));
    assertEquals(Optional.of("did you mean 1.5Gi?"), Quantity.suggestion("1.5GI"));
  }

  @Test
  void suggestsRemovingSpaces() {
    assertEquals(Optional.of("did you mean 250m? (no spaces)"), Quantity.suggestion("250 m"));
    assertEquals(Optional.of("did you mean 5Gi?"), Quantity.suggestion("5 Gi"));
  }

  @Test
  void hasNoSuggestionForNonsense() {
    assertEquals(Optional.empty(), Quantity.suggestion("abc"));
    assertEquals(Optional.empty(), Quantity.suggestion("lots"));
  }
}
