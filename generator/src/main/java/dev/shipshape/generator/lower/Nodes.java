package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;

/** Small helpers for building ordered Jackson trees. */
final class Nodes {

  private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private Nodes() {}

  static ObjectNode object() {
    return FACTORY.objectNode();
  }

  static ArrayNode array() {
    return FACTORY.arrayNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  static ObjectNode map(Map<String, String> values) {
    ObjectNode node = object();
    values.forEach(node::put);
    return node;
  }

  /** A new object with {@code apiVersion}, {@code kind} and the given metadata. */
  static ObjectNode resource(String apiVersion, String kind, ObjectNode metadata) {
    ObjectNode node = object();
    node.put("apiVersion", apiVersion);
    node.put("kind", kind);
    node.set("metadata", metadata);
    return node;
  }
}
