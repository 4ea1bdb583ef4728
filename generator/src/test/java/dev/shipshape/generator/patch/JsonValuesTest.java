package dev.shipshape.generator.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Java values of typed operations become the same trees a JSON or YAML reader makes of their text. */
class JsonValuesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void valuesEqualTheTreesOfTheirText() throws Exception {
    Map<String, Object> spread = new LinkedHashMap<>();
    spread.put("whenUnsatisfiable", "DoNotSchedule");
    spread.put("maxSkew", 1);
    spread.put("weight", 0.5f);
    spread.put("big", 5_000_000_000L);
    spread.put("none", null);
    spread.put("on", true);
    spread.put("items", Arrays.asList(1L, "two", List.of()));
    assertEquals(JSON.readTree("{\"big\": 5000000000, \"items\": [1, \"two\", []], \"maxSkew\": 1, \"none\": null,"
        + " \"on\": true, \"weight\": 0.5, \"whenUnsatisfiable\": \"DoNotSchedule\"}"), JsonValues.of(spread));
    assertEquals("{\"big\":5000000000,\"items\":[1,\"two\",[]],\"maxSkew\":1,\"none\":null,\"on\":true,\"weight\":0.5,"
        + "\"whenUnsatisfiable\":\"DoNotSchedule\"}", JsonValues.of(spread).toString(), "keys in order");
  }

  @Test
  void valuesWithoutJsonFormAreRefused() {
    assertEquals("a value of type dev.shipshape.generator.patch.JsonValuesTest$1 (x) has no JSON form", assertThrows(PatchFailure.class,
        () -> JsonValues.of(List.of(new Object() {
          @Override
          public String toString() {
            return "x";
          }
        }))).getMessage());
    assertEquals("a map key of type java.lang.Integer (1) has no JSON form",
        assertThrows(PatchFailure.class, () -> JsonValues.of(Map.of(1, "a"))).getMessage());
    assertEquals(PatchRules.INVALID, assertThrows(PatchFailure.class, () -> JsonValues.of(Double.NaN)).rule());
  }
}
