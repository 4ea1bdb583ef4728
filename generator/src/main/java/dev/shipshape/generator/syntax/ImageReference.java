package dev.shipshape.generator.syntax;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference split into repository, tag and digest, following the grammar of the
 * distribution project ({@code [registry[:port]/]path[:tag][@algorithm:hex]}).
 *
 * <pre>{@code
 * ImageReference ref = ImageReference.parse("ghcr.io/acme/web:2.3.1").orElseThrow();
 * ref.repository(); // "ghcr.io/acme/web"
 * ref.tag();        // Optional["2.3.1"]
 * }</pre>
 *
 * @param repository the registry and path
 * @param tag the tag, if any
 * @param digest the digest such as {@code sha256:…}, if any
 */
public record ImageReference(String repository, Optional<String> tag, Optional<String> digest) {

  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN =
      "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*"
          + "(?::\\d+)?|\\[[0-9a-fA-F:]+\\](?::\\d+)?)";
  private static final Pattern REFERENCE = Pattern.compile(
      "((?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*)"
          + "(?::(" + ValueFormat.IMAGE_TAG.regex() + "))?"
          + "(?:@(" + ValueFormat.IMAGE_DIGEST.regex() + "))?");

  /**
   * How many parsed references are remembered before starting afresh: a fleet names the same few
   * images in every stack, and each is parsed in validation and again in lowering.
   */
  private static final int REMEMBERED = 1024;

  private static final Map<String, Optional<ImageReference>> PARSED = new ConcurrentHashMap<>();

  /** Parses {@code text}, or returns empty when it is not a valid image reference. */
  public static Optional<ImageReference> parse(String text) {
    Optional<ImageReference> parsed = PARSED.get(text);
    if (parsed == null) {
      parsed = parseAnew(text);
      if (PARSED.size() >= REMEMBERED) {
        PARSED.clear();
      }
      PARSED.put(text, parsed);
    }
    return parsed;
  }

  private static Optional<ImageReference> parseAnew(String text) {
    Matcher matcher = REFERENCE.matcher(text);
    if (text.length() > 255 || !matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ImageReference(matcher.group(1),
        Optional.ofNullable(matcher.group(2)), Optional.ofNullable(matcher.group(3))));
  }

  /** Whether the reference pins a version: a tag other than {@code latest}, or a digest. */
  public boolean isPinned() {
    return digest.isPresent() || tag.filter(t -> !t.equals("latest")).isPresent();
  }
}
