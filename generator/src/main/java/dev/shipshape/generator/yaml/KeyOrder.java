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
 * on where it sits: at the document root, under a given key, or as a sequence item. An order is
 * either some leading keys (those the map has, in that order) followed by the map's other keys
 * in insertion order, or all keys sorted.
 */
final class KeyOrder {

  private static final KeyOrder ROOT = new KeyOrder(List.of("apiVersion", "kind", "metadata"), false);

  private static final KeyOrder METADATA =
      new KeyOrder(List.of("name", "generateName", "namespace", "labels", "annotations"), false);

  private static final KeyOrder ITEM = new KeyOrder(List.of("name"), false);

  private static final KeyOrder INSERTION = new KeyOrder(List.of(), false);

  private static final KeyOrder SORTED = new KeyOrder(List.of(), true);

  /** Keys whose map value is a string-to-string dictionary, written sorted. */
  private static final Set<String> SORTED_UNDER =
      Set.of("labels", "annotations", "matchLabels", "nodeSelector", "data", "stringData");

  private final List<String> leading;
  private final boolean sorted;

  private KeyOrder(List<String> leading, boolean sorted) {
    this.leading = leading;
    this.sorted = sorted;
  }

  /** {@code apiVersion}, {@code kind}, {@code metadata}, then insertion order. */
  static KeyOrder ofRoot() {
    return ROOT;
  }

  /**
   * The order of a map that is the value of {@code key}: metadata order under {@code metadata},
   * sorted for dictionaries (including a Service's all-scalar {@code selector}), insertion
   * order otherwise.
   */
  static KeyOrder ofValueOf(String key, ObjectNode map) {
    if (key.equals("metadata")) {
      return METADATA;
    }
    if (SORTED_UNDER.contains(key) || key.equals("selector") && hasOnlyScalars(map)) {
      return SORTED;
    }
    return INSERTION;
  }

  /** {@code name} first, then insertion order. */
  static KeyOrder ofSequenceItem() {
    return ITEM;
  }

  /** Whether all keys are sorted by {@link String#compareTo}; else see {@link #leading()}. */
  boolean isSorted() {
    return sorted;
  }

  /** The keys written first, those of them the map has, before its others in insertion order. */
  List<String> leading() {
    return leading;
  }

  /** The keys of {@code map} sorted by {@link String#compareTo}, never by locale collation. */
  static List<String> sortedKeys(ObjectNode map) {
    List<String> keys = new ArrayList<>(map.size());
    for (Map.Entry<String, JsonNode> property : map.properties()) {
      keys.add(property.getKey());
    }
    keys.sort(Comparator.naturalOrder());
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
