package dev.shipshape.generator.syntax;

import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One definition of a value format that both the validator and a chart's {@code values.schema.json}
 * use: a regular expression written so that Java, JSON Schema (ECMA-262, as ajv reads it) and Helm
 * (Go's RE2) read it alike (no look-around, no back-references, no inline flags), a maximum length,
 * and the full check of the parser behind it.
 *
 * <p>For the name formats, quantities, Go durations and image tags and digests the pattern <em>is</em>
 * the check. For {@link #CRON} the pattern checks the form (five fields of numbers in their ranges,
 * names, ranges and steps, a descriptor, or {@code @every} and a duration) and the parser also checks
 * what a regular expression cannot (a range's order, month and day names, descriptors in capitals);
 * {@link #GO_DURATION}'s parser also refuses a zero duration.
 *
 * <pre>{@code
 * ValueFormat.QUANTITY.accepts("5Gi");      // true
 * ValueFormat.QUANTITY.schemaPattern();     // "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|...)?$"
 * ValueFormat.DNS_LABEL.maxLength();        // OptionalInt[63]
 * }</pre>
 */
public final class ValueFormat {

  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String SUBDOMAIN = LABEL + "(\\." + LABEL + ")*";
  private static final String DURATION = "([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+";

  /** An RFC 1123 label: namespaces, most names. */
  public static final ValueFormat DNS_LABEL = new ValueFormat("a DNS-1123 label", LABEL, 63, null);

  /** An RFC 1123 subdomain: dot-separated labels (object names, StorageClasses, Secrets). */
  public static final ValueFormat DNS_SUBDOMAIN = new ValueFormat("a DNS-1123 subdomain", SUBDOMAIN, 253, null);

  /** A host an Ingress serves: a DNS-1123 subdomain, or one with a leading {@code *.} wildcard. */
  public static final ValueFormat INGRESS_HOST =
      new ValueFormat("a host name, optionally with a leading *.", "(\\*\\.)?" + SUBDOMAIN, 253, null);

  /**
   * A Kubernetes quantity ({@code 250m}, {@code 1.5}, {@code 5Gi}, {@code 1e3}); group 1 is the
   * number without its sign, group 3 the suffix, as {@link Quantity} reads them.
   */
  public static final ValueFormat QUANTITY = new ValueFormat("a Kubernetes quantity",
      "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?", 0, null);

  /** A Go duration ({@code 720h0m0s}, {@code 1h30m}); the parser also refuses zero. */
  public static final ValueFormat GO_DURATION = new ValueFormat("a Go duration", DURATION, 0,
      text -> GoDuration.parse(text).isPresent());

  /** A Velero schedule as rendered: an optional {@code CRON_TZ=<zone> } prefix, then a {@link Cron}. */
  public static final ValueFormat CRON = new ValueFormat("a cron expression",
      "(?:CRON_TZ=\\S+ )?(?:" + fields() + "|@(?:yearly|annually|monthly|weekly|daily|midnight|hourly)"
          + "|@every " + DURATION + ")", 0, ValueFormat::parsesAsCron);

  /** An image tag ({@code 2.3.1}). */
  public static final ValueFormat IMAGE_TAG = new ValueFormat("an image tag", "[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}", 0, null);

  /** An image digest: {@code sha256:} and 64 lowercase hex digits, or {@code sha512:} and 128. */
  public static final ValueFormat IMAGE_DIGEST =
      new ValueFormat("an image digest", "(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})", 0, null);

  private final String description;
  private final String regex;
  private final int maxLength;
  private final Pattern pattern;
  private final Predicate<String> parser;

  private ValueFormat(String description, String regex, int maxLength, Predicate<String> parser) {
    this.description = description;
    this.regex = regex;
    this.maxLength = maxLength;
    this.pattern = Pattern.compile(regex);
    this.parser = parser;
  }

  /**
   * The regular expression, unanchored, to embed in a larger one; any alternation is inside a group,
   * so {@code ^} and {@code $} around it anchor all of it.
   */
  public String regex() {
    return regex;
  }

  /** The JSON-schema {@code pattern}: the whole value must match. */
  public String schemaPattern() {
    return "^" + regex + "$";
  }

  /** The JSON-schema {@code maxLength}, when the format has one. */
  public OptionalInt maxLength() {
    return maxLength > 0 ? OptionalInt.of(maxLength) : OptionalInt.empty();
  }

  /** A matcher of the whole of {@code text} against the pattern (for the groups). */
  public Matcher matcher(String text) {
    return pattern.matcher(text);
  }

  /** Whether {@code text} has the form: the pattern and the maximum length, what the schema checks. */
  public boolean matches(String text) {
    return (maxLength == 0 || text.length() <= maxLength) && pattern.matcher(text).matches();
  }

  /** Whether {@code text} is valid: {@link #matches} and, where the format has one, its parser's check. */
  public boolean accepts(String text) {
    return matches(text) && (parser == null || parser.test(text));
  }

  /** What the format is: {@code "a Kubernetes quantity"}. */
  @Override
  public String toString() {
    return description;
  }

  private static boolean parsesAsCron(String text) {
    String cron = text.startsWith("CRON_TZ=") ? text.substring(text.indexOf(' ') + 1) : text;
    return Cron.parse(cron).error().isEmpty();
  }

  /** Five cron fields, each a list of {@code *}, {@code ?}, a number or name, or a range, with an optional step. */
  private static String fields() {
    String minute = field("[0-5]?[0-9]");
    String hour = field("[01]?[0-9]|2[0-3]");
    String dayOfMonth = field("0?[1-9]|[12][0-9]|3[01]");
    String month = field("0?[1-9]|1[0-2]|[A-Za-z]{3}");
    String dayOfWeek = field("0?[0-7]|[A-Za-z]{3}");
    return minute + " +" + hour + " +" + dayOfMonth + " +" + month + " +" + dayOfWeek;
  }

  private static String field(String value) {
    String bound = "(?:" + value + ")";
    String item = "(?:[*?]|" + bound + "(?:-" + bound + ")?)(?:/(?:0?[1-9]|[1-9][0-9]))?";
    return "(?:" + item + "(?:," + item + ")*)";
  }
}
