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

  /** The first characters of {@link #RESERVED_WORDS}, in lower case. */
  private static final String RESERVED_STARTS = "ynotf~=<";

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
    int length = s.length();
    if (length == 0 || NO_PLAIN_START.indexOf(s.charAt(0)) >= 0 || s.charAt(length - 1) == ':') {
      return false;
    }
    int scan = scan(s);
    if ((scan & PRINTABLE_ASCII) != 0) {
      // The only space character among printable ASCII ones is ' '.
      if (s.charAt(0) == ' ' || s.charAt(length - 1) == ' ') {
        return false;
      }
    } else if (isSpace(s.codePointAt(0))
        || isSpace(s.codePointBefore(length))
        || !s.codePoints().allMatch(ScalarStyle::isPrintable)
        || s.contains(": ")
        || s.contains(" #")) {
      return false;
    }
    return !s.startsWith("...") // the document end marker, were it to start a line
        && !(length <= LONGEST_RESERVED_WORD && isReservedWord(s, (scan & PRINTABLE_ASCII) != 0))
        && !((scan & NUMBER_CHARACTERS_ONLY) != 0 && NUMBER_LIKE.matcher(s).matches())
        && !(length >= 8 && isDigit(s.charAt(0)) && DATE_LIKE.matcher(s).matches());
  }

  /** Whether {@code s} is one of {@link #RESERVED_WORDS} in any case, without a lower-case copy for ASCII. */
  private static boolean isReservedWord(String s, boolean ascii) {
    if (!ascii) {
      return RESERVED_WORDS.contains(s.toLowerCase(Locale.ROOT));
    }
    if (RESERVED_STARTS.indexOf(Character.toLowerCase(s.charAt(0))) < 0) {
      return false;
    }
    for (String word : RESERVED_WORDS) {
      if (word.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #scan} flag: printable ASCII only, without {@code ": "} or {@code " #"}. */
  private static final int PRINTABLE_ASCII = 1;
  /** {@link #scan} flag: only characters {@link #NUMBER_LIKE} can match (a cheap necessary condition). */
  private static final int NUMBER_CHARACTERS_ONLY = 2;

  /**
   * One pass over {@code s}, the common case being short printable ASCII: whether it is that
   * and free of a mapping indicator ({@code ": "}) and a comment ({@code " #"}), and whether every
   * character is one {@link #NUMBER_LIKE}'s branches can match (digits, hex letters, {@code x o b},
   * signs, {@code _ . :} and the letters of {@code inf} and {@code nan}, in either case).
   */
  private static int scan(String s) {
    int flags = PRINTABLE_ASCII | NUMBER_CHARACTERS_ONLY;
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E || c == ' ' && previous == ':' || c == '#' && previous == ' ') {
        flags &= ~PRINTABLE_ASCII;
      }
      if (c >= 0x80 || ((c < 64 ? NUMBER_LOW >>> c : NUMBER_HIGH >>> (c - 64)) & 1) == 0) {
        flags &= ~NUMBER_CHARACTERS_ONLY;
      }
      if (flags == 0) {
        return 0;
      }
      previous = c;
    }
    return flags;
  }

  /** The ASCII characters below 64 in {@link #NUMBER_CHARACTERS} (or their upper case), as bits. */
  private static final long NUMBER_LOW = asciiBits(0);
  /** The ASCII characters from 64 to 127 in {@link #NUMBER_CHARACTERS} (or their upper case), as bits. */
  private static final long NUMBER_HIGH = asciiBits(64);

  private static long asciiBits(int from) {
    long bits = 0;
    for (char c : (NUMBER_CHARACTERS + NUMBER_CHARACTERS.toUpperCase(Locale.ROOT)).toCharArray()) {
      if (c >= from && c < from + 64) {
        bits |= 1L << (c - from);
      }
    }
    return bits;
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
