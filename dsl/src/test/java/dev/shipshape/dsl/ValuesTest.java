package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value records of the model: factories and null checks. */
class ValuesTest {

  @Test
  void ports() {
    assertEquals(new Port("http", 8080, Protocol.TCP), Port.tcp("http", 8080));
    assertEquals(new Port("dns", 5353, Protocol.UDP), Port.udp("dns", 5353));
    assertThrows(NullPointerException.class, () -> Port.tcp(null, 80));
    assertThrows(NullPointerException.class, () -> new Port("x", 1, null));
  }

  @Test
  void references() {
    assertEquals(new SecretRef("db-credentials", "password"), SecretRef.of("db-credentials", "password"));
    assertEquals(new ConfigMapRef("web-config", "features"), ConfigMapRef.of("web-config", "features"));
    assertThrows(NullPointerException.class, () -> SecretRef.of(null, "k"));
    assertThrows(NullPointerException.class, () -> ConfigMapRef.of("n", null));
    assertThrows(NullPointerException.class, () -> new EnvValue.Literal(null));
  }

  @Test
  void recordsRejectNulls() {
    assertThrows(NullPointerException.class, () -> new EnvVar("A", null, Optional.empty()));
    assertThrows(NullPointerException.class, () -> new Suppression("ID", null, Optional.empty()));
    assertThrows(NullPointerException.class, () -> new ExternalService("a", "b", null));
    assertThrows(NullPointerException.class,
        () -> new ServicePort(80, null, Optional.empty(), Optional.empty()));
  }
}
