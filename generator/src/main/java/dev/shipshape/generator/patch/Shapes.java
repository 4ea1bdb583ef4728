package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What a tree node is, in words for messages: "a string", "a list of 3 items", "an object with keys a, b". */
final class Shapes {

  private static final int KEYS_LISTED = 12;

  private Shapes() {}

  /** The node's type in a few words, e.g. {@code a number} or {@code a list of 2 items}. */
  static String of(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list of " + node.size() + (node.size() == 1 ? " item" : " items");
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The keys of an object, in order, the first dozen then how many more. */
  static String keys(JsonNode object) {
    if (object.isEmpty()) {
      return "none";
    }
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    String listed = String.join(", ", names.subList(0, Math.min(KEYS_LISTED, names.size())));
    return names.size() > KEYS_LISTED ? listed + " and " + (names.size() - KEYS_LISTED) + " more" : listed;
  }
}
