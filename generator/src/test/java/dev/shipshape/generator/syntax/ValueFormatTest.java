package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each format's JSON-schema pattern (what {@code values.schema.json} checks) and the parser the
 * validator uses agree on valid and invalid examples, and the patterns stay in the subset of regular
 * expressions that Java, JSON Schema (ECMA-262) and Helm (Go's RE2) read alike.
 */
class ValueFormatTest {

  private static final List<ValueFormat> ALL = List.of(ValueFormat.DNS_LABEL, ValueFormat.DNS_SUBDOMAIN,
      ValueFormat.INGRESS_HOST, ValueFormat.QUANTITY, ValueFormat.GO_DURATION, ValueFormat.CRON,
      ValueFormat.IMAGE_TAG, ValueFormat.IMAGE_DIGEST);

  @Test
  void dnsLabels() {
    agree(ValueFormat.DNS_LABEL, Names::isDns1123Label,
        List.of("shop", "shop-dev", "a", "0", "a1-b2", "x".repeat(63)),
        List.of("", "Shop", "-shop", "shop-", "shop.dev", "shop_dev", "x".repeat(64)));
  }

  @Test
  void dnsSubdomains() {
    agree(ValueFormat.DNS_SUBDOMAIN, Names::isDns1123Subdomain,
        List.of("gp3-encrypted", "web-tls", "a.b.c", "x".repeat(253)),
        List.of("", "a..b", ".a", "a.", "A.b", "a_b", "x".repeat(254)));
  }

  @Test
  void ingressHostsAreSubdomainsWithAnOptionalWildcard() {
    agree(ValueFormat.INGRESS_HOST,
        host -> host.length() <= 253 && Hostname.isHostname(host.startsWith("*.") ? host.substring(2) : host),
        List.of("shop.example.com", "*.example.com", "localhost"),
        List.of("", "*", "*.", "a.*.example.com", "Shop.example.com", "shop..example.com", "**.example.com"));
  }

  @Test
  void quantities() {
    agree(ValueFormat.QUANTITY, Quantity::isValid,
        List.of("5Gi", "250m", "1.5", "1e3", "+1", "-2Ki", ".5", "5.", "100M", "1E-3"),
        List.of("", "5GB", "5gi", "5 Gi", "Gi", "1.2.3", "e3", "5Gii", "0x10"));
  }

  @Test
  void goDurations() {
    agree(ValueFormat.GO_DURATION, text -> GoDuration.parse(text).isPresent(),
        List.of("720h0m0s", "1h30m", "90s", "1.5h", "500ms", "2µs"),
        List.of("", "1d", "h", "1 h", "-1h", "1.h", "30"));
  }

  @Test
  void goDurationsOfZeroHaveTheFormButNotTheParser() {
    assertTrue(ValueFormat.GO_DURATION.matches("0s"));
    assertFalse(ValueFormat.GO_DURATION.accepts("0s"));
  }

  @Test
  void cronExpressions() {
    agree(ValueFormat.CRON, text -> Cron.parse(text).error().isEmpty(),
        List.of("0 2 * * *", "*/15 * * * *", "0 0 1 1 *", "5,35 8-18/2 * JAN-JUN MON-FRI", "0 3 * * 7",
            "@daily", "@every 6h", "@every 1h30m", "59 23 31 12 6", "? ? ? ? ?"),
        List.of("", "0 2 * *", "0 0 2 * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 32 * *",
            "0 0 * 13 *", "0 0 * * 8", "*/0 * * * *", "@fortnightly", "@every 1d", "0 2 * * * extra", "1--2 * * * *"));
  }

  @Test
  void cronTimeZonesAreTheFormatsPrefix() {
    assertTrue(ValueFormat.CRON.accepts("CRON_TZ=Europe/Berlin 0 2 * * *"));
    assertFalse(ValueFormat.CRON.accepts("CRON_TZ=Europe/Berlin 0 2 * *"));
  }

  @Test
  void whatOnlyTheCronParserRefuses() {
    // A regular expression cannot compare two numbers or know a month's name.
    for (String text : List.of("5-1 * * * *", "0 0 * FOO *", "0 0 * * XYZ")) {
      assertTrue(ValueFormat.CRON.matches(text), text);
      assertFalse(ValueFormat.CRON.accepts(text), text);
    }
  }

  @Test
  void imageTagsAndDigests() {
    agree(ValueFormat.IMAGE_TAG, tag -> ImageReference.parse("ghcr.io/acme/web:" + tag).flatMap(ImageReference::tag)
            .filter(tag::equals).isPresent(),
        List.of("2.3.1", "latest", "v1_2-rc.3", "x".repeat(128)),
        List.of("", ".hidden", "-dash", "a/b", "x".repeat(129)));
    String hex = "4f1c2e3d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f";
    agree(ValueFormat.IMAGE_DIGEST, digest -> ImageReference.parse("ghcr.io/acme/web@" + digest)
            .flatMap(ImageReference::digest).filter(digest::equals).isPresent(),
        List.of("sha256:" + hex, "sha512:" + hex + hex),
        List.of("", "sha256:" + hex.substring(1), "sha256:" + hex.toUpperCase(java.util.Locale.ROOT), "md5:" + hex));
  }

  @Test
  void patternsUseOnlyWhatEveryEngineReads() {
    Pattern unportable = Pattern.compile("\\(\\?[=!<iPsmx]|\\\\[AZzGpPhHRX]|\\\\[1-9]|[*+?}][+]|\\[\\[");
    for (ValueFormat format : ALL) {
      assertFalse(unportable.matcher(format.schemaPattern()).find(), format + ": " + format.schemaPattern());
    }
  }

  /** The schema pattern (with the maximum length) and {@code parser} accept exactly {@code valid}. */
  private static void agree(ValueFormat format, Predicate<String> parser, List<String> valid, List<String> invalid) {
    Pattern schema = Pattern.compile(format.schemaPattern());
    for (String text : valid) {
      assertTrue(parser.test(text), format + ", parser: " + text);
      assertTrue(bySchema(schema, format, text), format + ", schema: " + text);
      assertTrue(format.accepts(text), format + ": " + text);
    }
    for (String text : invalid) {
      assertFalse(parser.test(text), format + ", parser: " + text);
      assertFalse(bySchema(schema, format, text), format + ", schema: " + text);
      assertFalse(format.accepts(text), format + ": " + text);
    }
  }

  /** What a JSON-schema validator decides: {@code pattern} searches the text, {@code maxLength} bounds it. */
  private static boolean bySchema(Pattern schema, ValueFormat format, String text) {
    return schema.matcher(text).find() && text.length() <= format.maxLength().orElse(Integer.MAX_VALUE);
  }
}
