package dev.shipshape.generator.yaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a string is written: the quoting decision of {@link CanonicalYaml}.
 *
 * <p>The rule is deliberately conservative: a string is written plain only when both YAML 1.1
 * readers (SnakeYAML, PyYAML, older Go and Ruby libraries) and YAML 1.2 readers read it back as
 * the same string. Anything that might resolve to a boolean, null, number, timestamp or merge key,
 * or that starts with an indicator, is quoted.
 */
enum ScalarStyle {
  /** Written as is. */
  PLAIN,
  /** A {@code |} block scalar; only for values, never for keys. */
  LITERAL,
  /** A JSON-style escaped string between double quotes; always safe. */
  DOUBLE_QUOTED;

  /** Characters that may not start a plain scalar; most are YAML indicators, all are doubtful. */
  private static final String NO_PLAIN_START = "-?:,[]{}#&*!|>'\"%@`\\";

  /** Compared in lower case: YAML 1.1 booleans and nulls, YAML 1.1 value and merge keys. */
  private static final Set<String> RESERVED_WORDS = Set.of(
      "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "=", "<<");

  /**
   * Anything a YAML 1.1 or 1.2 reader might take for a number: integers in any base, with
   * underscores or sexagesimal colons, floats with exponents, infinity and not-a-number. The
   * digits-and-punctuation branch is broader than any resolver (it also covers {@code 1.27.3},
   * which the YAML 1.1 float pattern accepts).
   */
  private static final Pattern NUMBER_LIKE = Pattern.compile(
      "[-+]?0[xob][0-9a-f_]*"
          + "|[0-9_.:e+-]*[0-9_.][0-9_.:e+-]*"
          + "|[-+]?\\.(inf|nan)",
      Pattern.CASE_INSENSITIVE);

  /** Every character {@link #NUMBER_LIKE} can match, in lower case. */
  private static final String NUMBER_CHARACTERS = "0123456789abcdefinox_.:+-";

  /** The length of the longest of {@link #RESERVED_WORDS}. */
  private static final int LONGEST_RESERVED_WORD = 5;

  /** The start of a YAML 1.1 timestamp ({@code 2024-01-01}, {@code 2024-1-1T10:00:00Z}, ...). */
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");

  /** The style for a map value or sequence item. */
  static ScalarStyle ofValue(String value) {
    if (isPlainSafe(value)) {
      return PLAIN;
    }
    return isLiteralSafe(value) ? LITERAL : DOUBLE_QUOTED;
  }

  /** The style for a map key: keys are never block scalars. */
  static ScalarStyle ofKey(String key) {
    return isPlainSafe(key) ? PLAIN : DOUBLE_QUOTED;
  }

  /**
   * Whether a character may appear unescaped in the output. Excludes control characters, the
   * characters YAML 1.1 treats as line breaks (NEL, LS, PS) and the byte order mark.
   */
  static boolean isPrintable(int codePoint) {
    if (codePoint == 0x2028 || codePoint == 0x2029 || codePoint == 0xFEFF) {
      return false;
    }
    return codePoint >= 0x20 && codePoint <= 0x7E
        || codePoint >= 0xA0 && codePoint <= 0xD7FF
        || codePoint >= 0xE000 && codePoint <= 0xFFFD
        || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
  }

  private static boolean isPlainSafe(String s) {
    if (s.isEmpty()
        || NO_PLAIN_START.indexOf(s.charAt(0)) >= 0
        || isSpace(s.codePointAt(0))
        || isSpace(s.codePointBefore(s.length()))
        || !isPrintable(s)) {
      return false;
    }
    return !s.contains(": ")
        && !s.contains(" #")
        && !s.endsWith(":")
        && !s.startsWith("...") // the document end marker, were it to start a line
        && !(s.length() <= LONGEST_RESERVED_WORD && RESERVED_WORDS.contains(s.toLowerCase(Locale.ROOT)))
        && !(mayBeNumber(s) && NUMBER_LIKE.matcher(s).matches())
        && !(s.length() >= 8 && isDigit(s.charAt(0)) && DATE_LIKE.matcher(s).matches());
  }

  /** Whether every character is printable; ASCII, the common case, without decoding code points. */
  private static boolean isPrintable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return s.codePoints().allMatch(ScalarStyle::isPrintable);
      }
    }
    return true;
  }

  /**
   * A cheap necessary condition for {@link #NUMBER_LIKE}: every character is one its branches can
   * match (digits, hex letters, {@code x o b}, signs, {@code _ . :} and the letters of
   * {@code inf} and {@code nan}).
   */
  private static boolean mayBeNumber(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (NUMBER_CHARACTERS.indexOf(Character.toLowerCase(s.charAt(i))) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A multi-line string can be a literal block when it reads back unchanged: printable
   * characters only (no tabs), no trailing spaces on any line, some content, and a first
   * content line that does not start with a space (it sets the block's indentation).
   */
  private static boolean isLiteralSafe(String s) {
    if (s.indexOf('\n') < 0) {
      return false;
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    int start = 0;
    while (start < end && s.charAt(start) == '\n') {
      start++;
    }
    if (start == end || isSpace(s.codePointAt(start))) {
      return false;
    }
    for (String line : s.substring(start, end).split("\n", -1)) {
      if (!line.codePoints().allMatch(ScalarStyle::isPrintable)
          || !line.isEmpty() && isSpace(line.codePointBefore(line.length()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }
}
