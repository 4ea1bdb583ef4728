package dev.shipshape.generator.syntax;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities ({@code 250m}, {@code 1.5}, {@code 512Mi}, {@code 5Gi},
 * {@code 1e3}) and the mistakes people make with them ({@code 5GB}, {@code 5gi}, {@code 5 Gi}).
 *
 * <pre>{@code
 * Quantity.parse("5Gi");       // Optional[5368709120]
 * Quantity.parse("5GB");       // Optional.empty()
 * Quantity.suggestion("5GB");  // Optional["did you mean 5G or 5Gi?"]
 * Quantity.storageSuggestion("5GB");  // Optional["did you mean 5Gi? (storage sizes use …)"]
 * }</pre>
 */
public final class Quantity {

  private static final Pattern BYTES_SUFFIX =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtTpPeE])(i?)[bB]");
  private static final Pattern WRONG_CASE_BINARY =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtTpPeE])[iI]");
  private static final Map<String, BigDecimal> SUFFIXES = Map.ofEntries(
      Map.entry("n", new BigDecimal("1e-9")),
      Map.entry("u", new BigDecimal("1e-6")),
      Map.entry("m", new BigDecimal("1e-3")),
      Map.entry("k", new BigDecimal("1e3")),
      Map.entry("M", new BigDecimal("1e6")),
      Map.entry("G", new BigDecimal("1e9")),
      Map.entry("T", new BigDecimal("1e12")),
      Map.entry("P", new BigDecimal("1e15")),
      Map.entry("E", new BigDecimal("1e18")),
      Map.entry("Ki", BigDecimal.valueOf(1L << 10)),
      Map.entry("Mi", BigDecimal.valueOf(1L << 20)),
      Map.entry("Gi", BigDecimal.valueOf(1L << 30)),
      Map.entry("Ti", BigDecimal.valueOf(1L << 40)),
      Map.entry("Pi", BigDecimal.valueOf(1L << 50)),
      Map.entry("Ei", BigDecimal.valueOf(1L << 60)));

  private Quantity() {}

  /** The quantity's value in base units (cores, bytes), or empty when it is not a quantity. */
  public static Optional<BigDecimal> parse(String text) {
    Matcher matcher = ValueFormat.QUANTITY.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    BigDecimal number = new BigDecimal(text.substring(0, matcher.end(1)));
    String suffix = matcher.group(3);
    if (suffix == null) {
      return Optional.of(number);
    }
    if (suffix.startsWith("e") || suffix.startsWith("E")) {
      return Optional.of(number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1))));
    }
    return Optional.of(number.multiply(SUFFIXES.get(suffix)));
  }

  /** Whether {@code text} is a valid quantity. */
  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** A "did you mean" for common misspellings, such as {@code 5GB} or {@code 5gi}. */
  public static Optional<String> suggestion(String text) {
    String trimmed = text.trim();
    Matcher bytes = BYTES_SUFFIX.matcher(trimmed);
    if (bytes.matches()) {
      String number = bytes.group(1);
      String unit = decimalUnit(bytes.group(2));
      return Optional.of("did you mean " + number + unit + " or " + number + binaryUnit(unit) + "?");
    }
    Matcher binary = WRONG_CASE_BINARY.matcher(trimmed);
    if (binary.matches()) {
      return Optional.of("did you mean " + binary.group(1) + binaryUnit(decimalUnit(binary.group(2))) + "?");
    }
    String withoutSpaces = trimmed.replace(" ", "");
    if (!withoutSpaces.equals(text) && isValid(withoutSpaces)) {
      return Optional.of("did you mean " + withoutSpaces + "? (no spaces)");
    }
    return Optional.empty();
  }

  /**
   * A "did you mean" for a storage size, always with a binary suffix: {@code 5GB} and {@code 5gi}
   * → {@code did you mean 5Gi?}; other misspellings as {@link #suggestion(String)}.
   */
  public static Optional<String> storageSuggestion(String text) {
    String trimmed = text.trim();
    for (Pattern pattern : new Pattern[] {BYTES_SUFFIX, WRONG_CASE_BINARY}) {
      Matcher matcher = pattern.matcher(trimmed);
      if (matcher.matches()) {
        return Optional.of("did you mean " + matcher.group(1) + binaryUnit(decimalUnit(matcher.group(2)))
            + "? (storage sizes use binary suffixes: Mi, Gi, Ti)");
      }
    }
    return suggestion(text);
  }

  private static String decimalUnit(String letter) {
    return letter.equals("k") || letter.equals("K") ? "k" : letter.toUpperCase(Locale.ROOT);
  }

  private static String binaryUnit(String decimalUnit) {
    return decimalUnit.toUpperCase(Locale.ROOT) + "i";
  }
}
