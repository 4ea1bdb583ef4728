package dev.shipshape.generator.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conventional Kubernetes key order of {@link CanonicalYaml}. Which order a map gets depends
 * on where it sits: at the document root, under a given key, or as a sequence item.
 */
final class KeyOrder {

  private static final List<String> ROOT_FIRST = List.of("apiVersion", "kind", "metadata");

  private static final List<String> METADATA_FIRST =
      List.of("name", "generateName", "namespace", "labels", "annotations");

  private static final List<String> ITEM_FIRST = List.of("name");

  /** Keys whose map value is a string-to-string dictionary, written sorted. */
  private static final Set<String> SORTED_UNDER =
      Set.of("labels", "annotations", "matchLabels", "nodeSelector", "data", "stringData");

  private KeyOrder() {}

  /** {@code apiVersion}, {@code kind}, {@code metadata}, then insertion order. */
  static List<String> ofRoot(ObjectNode map) {
    return leading(ROOT_FIRST, map);
  }

  /**
   * The order of a map that is the value of {@code key}: metadata order under {@code metadata},
   * sorted for dictionaries (including a Service's all-scalar {@code selector}), insertion
   * order otherwise.
   */
  static List<String> ofValueOf(String key, ObjectNode map) {
    if (key.equals("metadata")) {
      return leading(METADATA_FIRST, map);
    }
    if (SORTED_UNDER.contains(key) || key.equals("selector") && hasOnlyScalars(map)) {
      List<String> keys = insertionOrder(map);
      keys.sort(Comparator.naturalOrder()); // String.compareTo, never locale collation
      return keys;
    }
    return insertionOrder(map);
  }

  /** {@code name} first, then insertion order. */
  static List<String> ofSequenceItem(ObjectNode map) {
    return leading(ITEM_FIRST, map);
  }

  /** The keys of {@code first} that {@code map} has, then its other keys in insertion order. */
  private static List<String> leading(List<String> first, ObjectNode map) {
    List<String> keys = new ArrayList<>(map.size());
    for (String key : first) {
      if (map.has(key)) {
        keys.add(key);
      }
    }
    for (String key : insertionOrder(map)) {
      if (!first.contains(key)) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static List<String> insertionOrder(ObjectNode map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Map.Entry<String, JsonNode> property : map.properties()) {
      keys.add(property.getKey());
    }
    return keys;
  }

  private static boolean hasOnlyScalars(ObjectNode map) {
    for (JsonNode value : map) {
      if (value.isContainerNode()) {
        return false;
      }
    }
    return true;
  }
}
