package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * RFC 6902 over Jackson trees: one {@link PatchOperation} at a time, each failing with a message that
 * names the deepest part of its path that exists and what is there (the keys of an object, the length
 * of a list), or for {@code test} the expected and the actual value. Numbers are equal by value
 * ({@code 1} equals {@code 1.0}), as RFC 6902's {@code test} requires.
 *
 * <pre>{@code
 * JsonNode patched = JsonPatch.apply(deployment.deepCopy(), operation);
 * }</pre>
 */
final class JsonPatch {

  private static final Pattern INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");
  private static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : (a.equals(b) ? 0 : 1);

  private JsonPatch() {}

  /**
   * {@code document} after {@code operation}: changed in place, except that an operation on the
   * root ({@code ""}) returns a new root.
   */
  static JsonNode apply(JsonNode document, PatchOperation operation) throws PatchFailure {
    Pointer path = operation.path();
    return switch (operation.op()) {
      case "add" -> add(document, path, operation.value().orElseThrow().deepCopy(), operation);
      case "remove" -> {
        remove(document, path, operation);
        yield document;
      }
      case "replace" -> {
        resolve(document, path, operation);
        yield path.isRoot() ? operation.value().orElseThrow().deepCopy()
            : set(document, path, operation.value().orElseThrow().deepCopy(), operation);
      }
      case "move" -> {
        Pointer from = operation.from().orElseThrow();
        if (from.isProperPrefixOf(path)) {
          throw new PatchFailure(PatchRules.INVALID, operation.origin() + " (" + operation.describe()
              + ") moves a value into itself", "move it to a place outside " + from);
        }
        JsonNode value = resolve(document, from, operation);
        if (from.equals(path)) {
          yield document;
        }
        remove(document, from, operation);
        yield add(document, path, value, operation);
      }
      case "copy" -> add(document, path, resolve(document, operation.from().orElseThrow(), operation).deepCopy(),
          operation);
      case "test" -> {
        JsonNode actual = resolve(document, path, operation);
        JsonNode expected = operation.value().orElseThrow();
        if (!actual.equals(BY_VALUE, expected)) {
          throw new PatchFailure(PatchRules.TEST, operation.origin() + " (" + operation.describe() + ") expected "
              + expected + " but the object has " + actual, "the rendered object is not the one the patch was"
              + " written for: check the value Shipshape renders now, then update the test (and the patch) to it");
        }
        yield document;
      }
      default -> throw new IllegalStateException("PatchOperation admits no op " + operation.op());
    };
  }

  private static JsonNode add(JsonNode document, Pointer path, JsonNode value, PatchOperation operation)
      throws PatchFailure {
    if (path.isRoot()) {
      return value;
    }
    JsonNode parent = resolve(document, path.parent(), operation);
    if (parent instanceof ObjectNode object) {
      object.set(path.last(), value);
    } else if (parent instanceof ArrayNode list) {
      list.insert(path.last().equals("-") ? list.size() : index(list, path, operation, true), value);
    } else {
      throw notAContainer(parent, path, operation);
    }
    return document;
  }

  private static JsonNode set(JsonNode document, Pointer path, JsonNode value, PatchOperation operation)
      throws PatchFailure {
    JsonNode parent = resolve(document, path.parent(), operation);
    if (parent instanceof ObjectNode object) {
      object.set(path.last(), value);
    } else {
      ((ArrayNode) parent).set(index((ArrayNode) parent, path, operation, false), value);
    }
    return document;
  }

  private static void remove(JsonNode document, Pointer path, PatchOperation operation) throws PatchFailure {
    if (path.isRoot()) {
      throw new PatchFailure(PatchRules.INVALID, operation.origin() + " (" + operation.describe()
          + ") removes the whole object", "remove members of the object, not the object itself");
    }
    resolve(document, path, operation);
    JsonNode parent = resolve(document, path.parent(), operation);
    if (parent instanceof ObjectNode object) {
      object.remove(path.last());
    } else {
      ((ArrayNode) parent).remove(index((ArrayNode) parent, path, operation, false));
    }
  }

  /** The node {@code path} points at in {@code document}, or a failure naming the deepest part that exists. */
  private static JsonNode resolve(JsonNode document, Pointer path, PatchOperation operation) throws PatchFailure {
    JsonNode node = document;
    for (int i = 0; i < path.tokens().size(); i++) {
      String token = path.tokens().get(i);
      Pointer here = path.prefix(i);
      if (node.isObject()) {
        if (!node.has(token)) {
          throw missing(operation, here, place(here) + " has no member '" + token + "'; its members are: "
              + Shapes.keys(node));
        }
        node = node.get(token);
      } else if (node.isArray()) {
        node = node.get(index((ArrayNode) node, path.prefix(i + 1), operation, false));
      } else {
        throw notAContainer(node, path.prefix(i + 1), operation);
      }
    }
    return node;
  }

  /** The index {@code path}'s last token names in {@code list}; {@code size} itself only to insert. */
  private static int index(ArrayNode list, Pointer path, PatchOperation operation, boolean inserting)
      throws PatchFailure {
    String token = path.last();
    int limit = inserting ? list.size() : list.size() - 1;
    if (!INDEX.matcher(token).matches() || Integer.parseInt(token) > limit) {
      String range = inserting ? "an item can be inserted at 0 to " + limit + ", or appended with '-'"
          : limit < 0 ? "it has no items" : "its indexes are 0 to " + limit;
      throw new PatchFailure(PatchRules.PATH, operation.origin() + " (" + operation.describe() + "): "
          + place(path.parent()) + " is " + Shapes.of(list) + ", so '" + token + "' names no item of it (" + range + ")",
          inserting ? "insert at an index the list has, or append with '-'" : "point at an item the list has");
    }
    return Integer.parseInt(token);
  }

  private static PatchFailure notAContainer(JsonNode node, Pointer path, PatchOperation operation) {
    return missing(operation, path.parent(), place(path.parent()) + " is " + Shapes.of(node)
        + ", which has no member '" + path.last() + "'");
  }

  /**
   * A path that does not exist; {@code deepest} is the deepest part of it that does. Where an add,
   * copy or move lacks its target's parents, the hint says how to create them.
   */
  private static PatchFailure missing(PatchOperation operation, Pointer deepest, String what) {
    boolean readsFrom = operation.from().filter(from -> deepest.equals(from) || deepest.isProperPrefixOf(from))
        .isPresent();
    boolean creates = switch (operation.op()) {
      case "add", "copy", "move" -> !readsFrom;
      default -> false;
    };
    return new PatchFailure(PatchRules.PATH, operation.origin() + " (" + operation.describe() + "): " + what,
        creates
            ? "create the missing parents first (an add of {} or [] at the first missing one), append to a list"
                + " with '-', or use a merge patch, which creates parents"
            : "point at a member the rendered object has (the members that exist are listed); compare with"
                + " the generated file");
  }

  /** A pointer in words: the pointer itself, or "the object" for the root. */
  private static String place(Pointer pointer) {
    return pointer.isRoot() ? "the object" : pointer.toString();
  }
}
