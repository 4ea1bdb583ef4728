package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's {@link Patch} read and checked, before it meets its object: a JSON patch's operations
 * (the text's, then the typed ones) or a merge patch's document.
 *
 * <pre>{@code
 * ParsedPatch parsed = ParsedPatch.of(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10));
 * parsed.describe();                          // "JSON patch: add /spec/minReadySeconds"
 * JsonNode patched = parsed.applyTo(deployment.body().deepCopy());
 * }</pre>
 */
sealed interface ParsedPatch {

  /** {@code body} (a copy: it is changed in place) after the patch. */
  JsonNode applyTo(JsonNode body) throws PatchFailure;

  /** What the patch does, for the listing of hatches. */
  String describe();

  /** {@code patch} read, or a failure saying why it is not a valid patch. */
  static ParsedPatch of(Patch patch) throws PatchFailure {
    return switch (patch.format()) {
      case JSON_PATCH -> new Operations(operations(patch));
      case MERGE_PATCH -> {
        if (!patch.operations().isEmpty()) {
          Patch.Operation first = patch.operations().get(0);
          throw new PatchFailure(PatchRules.INVALID, "a merge patch has no operations, but ." + first.op()
              + "(…) adds one", "start the patch with Patch.json(kind, name) to use operations, or write the change"
              + " into the merge patch's text").at(first.source());
        }
        JsonNode document = PatchText.document(patch.text().orElseThrow());
        if (!document.isObject()) {
          throw new PatchFailure(PatchRules.INVALID, "the merge patch is " + Shapes.of(document)
              + ", not an object, so it would replace the whole object",
              "write the fields to merge as an object, e.g. spec: {minReadySeconds: 10}");
        }
        yield new Merge(document);
      }
    };
  }

  /** The operations of a JSON patch: the text's, then the typed ones. */
  private static List<PatchOperation> operations(Patch patch) throws PatchFailure {
    List<PatchOperation> operations = new ArrayList<>();
    if (patch.text().isPresent()) {
      operations.addAll(PatchText.operations(patch.text().get()));
    }
    for (Patch.Operation typed : patch.operations()) {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("op", typed.op()).put("path", typed.path());
      typed.from().ifPresent(from -> node.put("from", from));
      try {
        node.set("value", JsonValues.of(typed.value()));   // ignored by the operations that take none
        operations.add(PatchOperation.of(node, "operation " + (operations.size() + 1), typed.source()));
      } catch (PatchFailure failure) {
        throw failure.at(typed.source());
      }
    }
    if (operations.isEmpty()) {
      throw new PatchFailure(PatchRules.INVALID, "the JSON patch has no operations",
          "add one, e.g. .add(\"/spec/minReadySeconds\", 10), or remove the patch");
    }
    return operations;
  }

  /** An RFC 6902 patch: operations applied one after the other. */
  record Operations(List<PatchOperation> operations) implements ParsedPatch {

    @Override
    public JsonNode applyTo(JsonNode body) throws PatchFailure {
      JsonNode result = body;
      for (PatchOperation operation : operations) {
        try {
          result = JsonPatch.apply(result, operation);
        } catch (PatchFailure failure) {
          throw failure.at(operation.source());
        }
      }
      return result;
    }

    @Override
    public String describe() {
      return "JSON patch: " + String.join(", ", operations.stream().map(PatchOperation::describe).toList());
    }
  }

  /** An RFC 7386 merge patch. */
  record Merge(JsonNode document) implements ParsedPatch {

    @Override
    public JsonNode applyTo(JsonNode body) {
      return MergePatch.apply(body, document);
    }

    @Override
    public String describe() {
      return "merge patch: " + String.join(", ", MergePatch.changes(document));
    }
  }
}
