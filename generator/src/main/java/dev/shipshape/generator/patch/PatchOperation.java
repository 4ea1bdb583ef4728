package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.SourceLocation;
import java.util.Optional;
import java.util.Set;

/**
 * One RFC 6902 operation, checked: a known {@code op}, a {@code path} (and {@code from} for
 * {@code move} and {@code copy}) that are JSON Pointers, and a {@code value} where the operation
 * needs one. Members RFC 6902 does not define for the operation are ignored, as the RFC requires.
 *
 * <pre>{@code
 * PatchOperation add = PatchOperation.of(node, "operation 1 (line 1 of the patch text)", Optional.empty());
 * add.describe();   // "add /spec/minReadySeconds"
 * }</pre>
 *
 * @param op the operation: add, remove, replace, move, copy or test
 * @param path where it works
 * @param from where move and copy read; empty for the others
 * @param value the value of add, replace and test; empty for the others
 * @param origin which operation of the patch this is, for messages, e.g. {@code operation 2 (line 4
 *     of the patch text)}
 * @param source where a typed operation was declared; empty for the operations of a patch text
 */
record PatchOperation(String op, Pointer path, Optional<Pointer> from, Optional<JsonNode> value, String origin,
                      Optional<SourceLocation> source) {

  private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");
  private static final Set<String> WITH_VALUE = Set.of("add", "replace", "test");
  private static final Set<String> WITH_FROM = Set.of("move", "copy");

  /**
   * The operation {@code node} describes, or a failure naming what is missing or wrong; {@code source}
   * is the line of a typed operation.
   */
  static PatchOperation of(JsonNode node, String origin, Optional<SourceLocation> source) throws PatchFailure {
    if (!node.isObject()) {
      throw invalid(origin + " is " + Shapes.of(node) + ", not an object with 'op' and 'path'",
          "write each operation as {op: add, path: /spec/minReadySeconds, value: 10}");
    }
    JsonNode op = node.get("op");
    if (op == null || !op.isTextual() || !OPS.contains(op.asText())) {
      throw invalid(origin + (op == null ? " has no 'op'" : " has op " + op + ", which RFC 6902 does not define"),
          "use one of add, remove, replace, move, copy, test");
    }
    String name = op.asText();
    Pointer path = Pointer.parse(text(node, "path", name, origin));
    Optional<Pointer> from = WITH_FROM.contains(name)
        ? Optional.of(Pointer.parse(text(node, "from", name, origin))) : Optional.empty();
    Optional<JsonNode> value = Optional.empty();
    if (WITH_VALUE.contains(name)) {
      if (!node.has("value")) {
        throw invalid(origin + " (" + name + " " + path + ") has no 'value'",
            "give the value to " + name + ", e.g. {op: " + name + ", path: " + path + ", value: …} (null is a value)");
      }
      value = Optional.of(node.get("value"));
    }
    return new PatchOperation(name, path, from, value, origin, source);
  }

  private static String text(JsonNode node, String member, String op, String origin) throws PatchFailure {
    JsonNode text = node.get(member);
    if (text == null || !text.isTextual()) {
      throw invalid(origin + " (" + op + ")" + (text == null ? " has no '" + member + "'"
              : " has " + member + " " + text + ", which is not a string"),
          "give '" + member + "' as a JSON Pointer string, e.g. " + member + ": /spec/minReadySeconds");
    }
    return text.asText();
  }

  private static PatchFailure invalid(String message, String hint) {
    return new PatchFailure(PatchRules.INVALID, message, hint);
  }

  /** The operation in a few words, e.g. {@code move /a/b to /c}. */
  String describe() {
    return switch (op) {
      case "move", "copy" -> op + " " + from.orElseThrow() + " to " + path;
      default -> op + " " + path;
    };
  }
}
