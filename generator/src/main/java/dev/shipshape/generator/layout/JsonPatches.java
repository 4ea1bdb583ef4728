package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The RFC 6902 JSON patch that turns one object into another: keys are added, removed or replaced
 * where they differ; lists of the same length are compared item by item, others replaced whole.
 *
 * <pre>{@code
 * JsonPatches.between(base, prod);
 * // [{op: replace, path: /spec/replicas, value: 4}]
 * }</pre>
 */
final class JsonPatches {

  private JsonPatches() {}

  /** The operations that turn {@code from} into {@code to}; empty when they are equal. */
  static ArrayNode between(JsonNode from, JsonNode to) {
    ArrayNode operations = JsonNodeFactory.instance.arrayNode();
    diff("", from, to, operations);
    return operations;
  }

  private static void diff(String pointer, JsonNode from, JsonNode to, ArrayNode operations) {
    if (from.equals(to)) {
      return;
    }
    if (from.isArray() && to.isArray() && from.size() == to.size()) {
      for (int i = 0; i < from.size(); i++) {
        diff(pointer + "/" + i, from.get(i), to.get(i), operations);
      }
      return;
    }
    if (!from.isObject() || !to.isObject()) {
      operation(operations, "replace", pointer).set("value", to);
      return;
    }
    for (Map.Entry<String, JsonNode> field : from.properties()) {
      if (!to.has(field.getKey())) {
        operation(operations, "remove", pointer + "/" + escape(field.getKey()));
      }
    }
    for (Map.Entry<String, JsonNode> field : to.properties()) {
      String child = pointer + "/" + escape(field.getKey());
      JsonNode before = from.get(field.getKey());
      if (before == null) {
        operation(operations, "add", child).set("value", field.getValue());
      } else {
        diff(child, before, field.getValue(), operations);
      }
    }
  }

  private static ObjectNode operation(ArrayNode operations, String op, String path) {
    ObjectNode operation = operations.addObject();
    operation.put("op", op);
    operation.put("path", path);
    return operation;
  }

  /** RFC 6901 escaping: '~' as '~0', '/' as '~1' (label keys contain slashes). */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
