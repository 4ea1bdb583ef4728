package dev.shipshape.generator.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoDurationTest {

  @Test
  void formatsLikeGo() {
    assertEquals("720h0m0s", GoDuration.format(Duration.ofDays(30)));
    assertEquals("1h30m0s", GoDuration.format(Duration.ofMinutes(90)));
    assertEquals("30m0s", GoDuration.format(Duration.ofMinutes(30)));
    assertEquals("45s", GoDuration.format(Duration.ofSeconds(45)));
  }

  @Test
  void parsesGoDurations() {
    assertEquals(Optional.of(Duration.ofHours(6)), GoDuration.parse("6h"));
    assertEquals(Optional.of(Duration.ofMinutes(150)), GoDuration.parse("2h30m"));
    assertEquals(Optional.of(Duration.ofMillis(1500)), GoDuration.parse("1.5s"));
    assertEquals(Optional.empty(), GoDuration.parse("6 hours"));
    assertEquals(Optional.empty(), GoDuration.parse("0s"));
    assertEquals(Optional.empty(), GoDuration.parse(""));
  }
}
