package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting image references into repository, tag and digest, and deciding whether they are pinned. */
class ImageReferenceTest {

  private static final String DIGEST =
      "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static ImageReference parse(String text) {
    return ImageReference.parse(text).orElseThrow(() -> new AssertionError(text + " should parse"));
  }

  @Test
  void splitsRegistryPathAndTag() {
    ImageReference ref = parse("ghcr.io/acme/web:2.3.1");
    assertEquals("ghcr.io/acme/web", ref.repository());
    assertEquals(Optional.of("2.3.1"), ref.tag());
    assertEquals(Optional.empty(), ref.digest());
    assertTrue(ref.isPinned());
  }

  @Test
  void keepsARegistryPortInTheRepository() {
    ImageReference ref = parse("localhost:5000/team/app:1.2");
    assertEquals("localhost:5000/team/app", ref.repository());
    assertEquals(Optional.of("1.2"), ref.tag());
    assertTrue(ref.isPinned());

    ImageReference untagged = parse("registry.example.org:8443/shop/api");
    assertEquals("registry.example.org:8443/shop/api", untagged.repository());
    assertEquals(Optional.empty(), untagged.tag());
    assertFalse(untagged.isPinned());
  }

  @Test
  void aDigestAlonePins() {
    ImageReference ref = parse("nginx@" + DIGEST);
    assertEquals("nginx", ref.repository());
    assertEquals(Optional.empty(), ref.tag());
    assertEquals(Optional.of(DIGEST), ref.digest());
    assertTrue(ref.isPinned());
  }

  @Test
  void keepsBothTagAndDigest() {
    ImageReference ref = parse("registry.example.org/shop/orders-api:1.4.2@" + DIGEST);
    assertEquals("registry.example.org/shop/orders-api", ref.repository());
    assertEquals(Optional.of("1.4.2"), ref.tag());
    assertEquals(Optional.of(DIGEST), ref.digest());
    assertTrue(ref.isPinned());
  }

  @Test
  void latestAndMissingTagsAreNotPinned() {
    assertFalse(parse("nginx:latest").isPinned());
    assertFalse(parse("nginx").isPinned());
    assertFalse(parse("ghcr.io/acme/web").isPinned());
    assertTrue(parse("nginx:latest@" + DIGEST).isPinned(), "a digest pins even a latest tag");
  }

  @Test
  void dockerHubStyleNamesParse() {
    ImageReference ref = parse("library/nginx:1.27.3");
    assertEquals("library/nginx", ref.repository());
    assertEquals(Optional.of("1.27.3"), ref.tag());
  }

  @ParameterizedTest(name = "''{0}'' is invalid")
  @ValueSource(strings = {
      "ghcr.io/Acme/web:1.0",       // uppercase repository path
      "Nginx:1.27",                  // uppercase single-component repository
      "",
      "nginx:",                      // empty tag
      "nginx:1.0:2.0",
      "nginx@sha256:abc",            // digest too short
      "nginx@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // sha256 digests have exactly 64 hex digits
      "nginx@sha256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",  // and they are lowercase
      "nginx@md5:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  // not an OCI registered algorithm
      "nginx:-1.0",                  // tag must start with a word character
      "ghcr.io/acme/web app:1.0",
      "https://ghcr.io/acme/web:1.0",
      "ghcr.io//web:1.0",
  })
  void rejectsMalformedReferences(String text) {
    assertTrue(ImageReference.parse(text).isEmpty(), () -> "'" + text + "' should not parse");
  }

  @Test
  void rejectsReferencesLongerThan255Characters() {
    String longName = "a".repeat(250) + ":1.0.0";
    assertTrue(longName.length() > 255);
    assertTrue(ImageReference.parse(longName).isEmpty());
  }

  @Test
  void parsesAlikeHoweverOftenAndHowManyReferencesCameBefore() {
    // More distinct references than are remembered, each parsed twice, valid and invalid.
    for (int i = 0; i < 2_500; i++) {
      String valid = "registry.example.com:5000/team-" + i + "/web:1." + i;
      String invalid = "Team-" + i + "/Web";
      for (int time = 0; time < 2; time++) {
        assertEquals(Optional.of(new ImageReference("registry.example.com:5000/team-" + i + "/web",
            Optional.of("1." + i), Optional.empty())), ImageReference.parse(valid), valid);
        assertEquals(Optional.empty(), ImageReference.parse(invalid), invalid);
      }
    }
  }
}
