package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resources: the memory limit follows the request, CPU limits are opt-in. */
class ResourcesTest {

  @Test
  void requestsSetTheMemoryLimitToTheRequest() {
    Resources resources = Resources.requests("250m", "256Mi");
    assertEquals("250m", resources.cpuRequest());
    assertEquals("256Mi", resources.memoryRequest());
    assertEquals("256Mi", resources.memoryLimit());
    assertEquals(Optional.empty(), resources.cpuLimit());
  }

  @Test
  void withersReturnNewValues() {
    Resources base = Resources.requests("250m", "256Mi");
    Resources tuned = base.cpuLimit("1").memoryLimit("512Mi");
    assertEquals(new Resources("250m", "256Mi", Optional.of("1"), "512Mi"), tuned);
    assertEquals(Resources.requests("250m", "256Mi"), base, "the original is unchanged");
    assertEquals(Optional.of("2"), tuned.cpuLimit("2").cpuLimit());
  }

  @Test
  void nullsAreRejected() {
    assertThrows(NullPointerException.class, () -> Resources.requests(null, "256Mi"));
    assertThrows(NullPointerException.class, () -> Resources.requests("250m", null));
    assertThrows(NullPointerException.class, () -> new Resources("1", "1Gi", null, "1Gi"));
  }
}
