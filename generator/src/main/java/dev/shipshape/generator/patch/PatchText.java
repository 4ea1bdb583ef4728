package dev.shipshape.generator.patch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.shipshape.generator.hatch.UserYaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a patch, JSON or YAML, read into trees. JSON is read as JSON (text that starts with
 * {@code [} or <code>{</code> and parses as JSON); anything else as one YAML document, where the
 * YAML is read under the rules of every YAML a user writes ({@link UserYaml}: what YAML 1.1 and
 * 1.2 readers read differently is refused with its line), and aliases and a second document are
 * refused too (a patch is one document, written out). Duplicate keys are refused in both.
 *
 * <pre>{@code
 * JsonNode merge = PatchText.document("spec: {minReadySeconds: 10}");
 * List<PatchOperation> operations = PatchText.operations("- {op: remove, path: /spec/paused}");
 * }</pre>
 */
final class PatchText {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final String SYNTAX_HINT = "fix the JSON or YAML there (a Java text block \"\"\" … \"\"\" keeps"
      + " YAML's indentation)";

  private PatchText() {}

  /** The merge patch document {@code text} holds. */
  static JsonNode document(String text) throws PatchFailure {
    return read(text, parser -> {
      if (parser.nextToken() == null) {
        throw invalid("the patch text is empty", "write the fields to merge, e.g. spec: {minReadySeconds: 10}");
      }
      return parser.getCodec().<JsonNode>readTree(parser);
    });
  }

  /** The JSON patch operations {@code text} holds, each knowing its line. */
  static List<PatchOperation> operations(String text) throws PatchFailure {
    return read(text, parser -> {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw invalid("the patch text is not a list of operations",
            "write a JSON array or a YAML sequence, e.g. - {op: add, path: /spec/minReadySeconds, value: 10}");
      }
      List<PatchOperation> operations = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode operation = parser.getCodec().readTree(parser);
        operations.add(PatchOperation.of(operation,
            "operation " + (operations.size() + 1) + " (line " + line + " of the patch text)", Optional.empty()));
      }
      return operations;
    });
  }

  /** What reads one value from a parser over the patch text. */
  @FunctionalInterface
  private interface Reading<T> {
    T from(JsonParser parser) throws IOException, PatchFailure;
  }

  /** The one document of {@code text}, read by {@code reading}; syntax errors name their line. */
  private static <T> T read(String text, Reading<T> reading) throws PatchFailure {
    try (JsonParser parser = open(text)) {
      T value = reading.from(parser);
      requireEnd(parser);
      return value;
    } catch (JsonProcessingException e) {
      throw unreadable(e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }

  /** A parser over {@code text}: JSON's when the text is JSON, else YAML's after its pitfalls are checked. */
  private static JsonParser open(String text) throws IOException, PatchFailure {
    String start = text.stripLeading();
    if (start.startsWith("[") || start.startsWith("{")) {
      try (JsonParser json = JSON.createParser(text)) {
        while (json.nextToken() != null) {
          json.skipChildren();
        }
        return JSON.createParser(text);
      } catch (JsonProcessingException notJson) {
        // flow-style YAML such as {spec: {paused: true}}: read below as YAML
      }
    }
    checkYamlPitfalls(text);
    return YAML.createParser(text);
  }

  private static void checkYamlPitfalls(String text) throws IOException, PatchFailure {
    Optional<UserYaml.Problem> problem = UserYaml.problemIn(text);
    if (problem.isPresent()) {
      throw invalid("line " + problem.get().line() + ", column " + problem.get().column() + " of the patch text: "
          + problem.get().message(), problem.get().hint());
    }
    try (YAMLParser parser = (YAMLParser) YAML.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (parser.isCurrentAlias()) {
          throw invalid("line " + parser.currentTokenLocation().getLineNr() + ": alias *" + parser.getText()
              + " refers to an anchor", "write the value out: a patch is read without anchors");
        }
      }
    }
  }

  private static void requireEnd(JsonParser parser) throws IOException, PatchFailure {
    if (parser.nextToken() != null) {
      throw invalid("line " + parser.currentTokenLocation().getLineNr() + ": the patch text holds more than one"
          + " document", "declare one patch per document: split the text into several .patch(…) calls");
    }
  }

  private static PatchFailure unreadable(JsonProcessingException e) {
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      return invalid("line " + (yaml.getProblemMark().getLine() + 1) + ", column "
          + (yaml.getProblemMark().getColumn() + 1) + " of the patch text: " + yaml.getProblem(), SYNTAX_HINT);
    }
    return invalid("line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
        + " of the patch text: " + e.getOriginalMessage(), SYNTAX_HINT);
  }

  private static PatchFailure invalid(String message, String hint) {
    return new PatchFailure(PatchRules.INVALID, message, hint);
  }
}
