package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RFC 7386 JSON merge patch over Jackson trees: an object merges key by key (creating what is
 * missing), {@code null} removes a key, anything else (a list too) replaces the target's value.
 *
 * <pre>{@code
 * MergePatch.apply(deployment, yaml("spec: {minReadySeconds: 10, paused: null}"));
 * MergePatch.changes(yaml("spec: {minReadySeconds: 10, paused: null}"));
 * // ["sets /spec/minReadySeconds", "removes /spec/paused"]
 * }</pre>
 */
final class MergePatch {

  private MergePatch() {}

  /** {@code target} with {@code patch} merged in; objects are changed in place. */
  static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode merged = target instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        merged.remove(member.getKey());
      } else {
        JsonNode current = merged.get(member.getKey());
        merged.set(member.getKey(), apply(current == null ? JsonNodeFactory.instance.nullNode() : current,
            member.getValue()));
      }
    }
    return merged;
  }

  /** What {@code patch} does, one entry per leaf it sets or key it removes, in its order. */
  static List<String> changes(JsonNode patch) {
    List<String> changes = new ArrayList<>();
    collect(new Pointer(List.of()), patch, changes);
    return changes;
  }

  private static void collect(Pointer at, JsonNode patch, List<String> changes) {
    if (patch.isNull()) {
      changes.add("removes " + at);
    } else if (patch.isObject() && !patch.isEmpty()) {
      for (Map.Entry<String, JsonNode> member : patch.properties()) {
        List<String> tokens = new ArrayList<>(at.tokens());
        tokens.add(member.getKey());
        collect(new Pointer(tokens), member.getValue(), changes);
      }
    } else {
      changes.add("sets " + at);
    }
  }
}
