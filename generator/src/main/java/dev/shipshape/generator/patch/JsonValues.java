package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON tree of a plain Java value given to a typed patch operation: {@code null}, a
 * {@code String}, a {@code Boolean}, an integer or decimal number, a {@code List} or a {@code Map}
 * with {@code String} keys (written in key order, so the output never depends on a map's iteration
 * order).
 *
 * <pre>{@code
 * JsonValues.of(Map.of("maxSkew", 1, "whenUnsatisfiable", "DoNotSchedule"));
 * // {"maxSkew":1,"whenUnsatisfiable":"DoNotSchedule"}
 * }</pre>
 */
final class JsonValues {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonValues() {}

  /** The tree of {@code value}, or a failure naming the first part that has no JSON form. */
  static JsonNode of(Object value) throws PatchFailure {
    if (value == null) {
      return JSON.nullNode();
    }
    if (value instanceof String text) {
      return JSON.textNode(text);
    }
    if (value instanceof Boolean flag) {
      return JSON.booleanNode(flag);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      // an int node where the value fits, as lowering and a YAML reader make it (an IntNode never equals a LongNode)
      long number = ((Number) value).longValue();
      return number == (int) number ? JSON.numberNode((int) number) : JSON.numberNode(number);
    }
    if (value instanceof BigInteger integer) {
      return JSON.numberNode(integer);
    }
    if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
      return decimal(value);
    }
    if (value instanceof List<?> items) {
      ArrayNode list = JSON.arrayNode();
      for (Object item : items) {
        list.add(of(item));
      }
      return list;
    }
    if (value instanceof Map<?, ?> entries) {
      Map<String, Object> sorted = new TreeMap<>();
      for (Map.Entry<?, ?> entry : entries.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw unsupported(entry.getKey(), "a map key");
        }
        sorted.put(key, entry.getValue());
      }
      ObjectNode object = JSON.objectNode();
      for (Map.Entry<String, Object> entry : sorted.entrySet()) {
        object.set(entry.getKey(), of(entry.getValue()));
      }
      return object;
    }
    throw unsupported(value, "a value");
  }

  private static JsonNode decimal(Object value) throws PatchFailure {
    double number = ((Number) value).doubleValue();
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      throw new PatchFailure(PatchRules.INVALID, "value " + value + " is not a JSON number",
          "give a finite number");
    }
    // a Float through its decimal text, so 0.1f is 0.1 and not 0.10000000149011612
    return value instanceof BigDecimal exact ? JSON.numberNode(exact) : JSON.numberNode(Double.parseDouble(value.toString()));
  }

  private static PatchFailure unsupported(Object value, String role) {
    return new PatchFailure(PatchRules.INVALID, role + " of type " + value.getClass().getName() + " ("
        + value + ") has no JSON form", "use a String, a number, a Boolean, null, a List or a Map with String keys");
  }
}
