package dev.shipshape.generator.hatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.UserObject;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns a {@link UserObject} into the objects it holds: parses its YAML text, reads its file or the
 * {@code .yaml}/{@code .yml} files of its directory in path order, or converts its tree; skips empty
 * documents and flattens {@code kind: List}. What cannot be read is reported, with the file and
 * line, and left out.
 *
 * <pre>{@code
 * List<UserObjectReader.Read> objects = UserObjectReader.read(userObject, "shop/objects", findings::add);
 * objects.get(0).origin(); // "k8s/legacy/worker.yaml line 1"
 * }</pre>
 */
final class UserObjectReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private UserObjectReader() {}

  /**
   * One object read from a user object's content.
   *
   * @param object the object's tree, to be changed by the caller
   * @param origin where it comes from, e.g. {@code inline YAML line 3} or {@code k8s/worker.yaml line 1}
   */
  record Read(ObjectNode object, String origin) {}

  /** The objects {@code object} holds; problems go to {@code problems}, reported at {@code path}. */
  static List<Read> read(UserObject object, String path, Consumer<Diagnostic> problems) {
    Reporter reporter = (rule, message, hint) ->
        problems.accept(new Diagnostic(rule, path, message, hint, object.source()));
    List<Read> read = new ArrayList<>();
    UserObject.Content content = object.content();
    if (content instanceof UserObject.Yaml yaml) {
      yaml.unreadable().ifPresentOrElse(
          why -> reporter.report(HatchRules.INCLUDE_UNREADABLE, yaml.origin() + " cannot be read: " + why,
              "put the file in src/main/resources (or another resource directory) under that name"),
          () -> parse(yaml.text(), yaml.origin(), reporter, read));
    } else if (content instanceof UserObject.Include include) {
      include(include, reporter, read);
    } else if (content instanceof UserObject.Tree tree) {
      try {
        flatten((ObjectNode) value(tree.object()), tree.origin(), reporter, read);
      } catch (IllegalArgumentException e) {
        reporter.report(HatchRules.OBJECT_INVALID, "the tree holds " + e.getMessage(),
            "use only maps, lists, strings, numbers, booleans and null");
      }
    }
    return read;
  }

  /** Reports a problem of the user object being read. */
  private interface Reporter {
    void report(Rule rule, String message, String hint);
  }

  private static void include(UserObject.Include include, Reporter reporter, List<Read> read) {
    Path path = include.path();
    if (!Files.exists(path)) {
      reporter.report(HatchRules.INCLUDE_UNREADABLE, "there is no file or directory at " + include.origin()
              + " (from " + Path.of("").toAbsolutePath() + ")",
          "give a path relative to the directory the build runs in, or an absolute one");
      return;
    }
    List<Path> files;
    try (Stream<Path> walked = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
      files = walked.filter(Files::isRegularFile).filter(file -> Files.isDirectory(path) ? isYaml(file) : true)
          .sorted(Comparator.comparing(file -> slashes(path.relativize(file)))).toList();
    } catch (IOException | UncheckedIOException e) {
      reporter.report(HatchRules.INCLUDE_UNREADABLE, include.origin() + " cannot be listed: " + e.getMessage(),
          "make the directory readable to the build");
      return;
    }
    for (Path file : files) {
      String origin = slashes(file);
      try {
        parse(Files.readString(file), origin, reporter, read);
      } catch (CharacterCodingException e) {
        reporter.report(HatchRules.INCLUDE_UNREADABLE, origin + " is not UTF-8 text", "save it as UTF-8");
      } catch (IOException e) {
        reporter.report(HatchRules.INCLUDE_UNREADABLE, origin + " cannot be read: " + e.getMessage(),
            "make the file readable to the build");
      }
    }
  }

  private static boolean isYaml(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static void parse(String text, String origin, Reporter reporter, List<Read> read) {
    UserYaml.Read documents = UserYaml.read(text);
    documents.documents().forEach(document ->
        flatten(document.object(), origin + " line " + document.line(), reporter, read));
    documents.problem().ifPresent(problem -> reporter.report(HatchRules.YAML,
        origin + " line " + problem.line() + ", column " + problem.column() + ": " + problem.message(),
        problem.hint()));
  }

  /** {@code object}, or the items of a {@code kind: List}. */
  private static void flatten(ObjectNode object, String origin, Reporter reporter, List<Read> read) {
    if (object.path("kind").asText().equals("List") && object.path("items").isArray()) {
      object.path("items").forEach(item -> {
        if (item instanceof ObjectNode itemObject) {
          read.add(new Read(itemObject, origin));
        } else {
          reporter.report(HatchRules.OBJECT_INVALID, "an item of the List at " + origin + " is not an object",
              "make every item of items a mapping with apiVersion, kind and metadata");
        }
      });
    } else {
      read.add(new Read(object, origin));
    }
  }

  /** A tree value as a JSON node; anything but maps, lists, strings, numbers, booleans and null is refused. */
  private static JsonNode value(Object value) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((key, item) -> object.set(String.valueOf(key), value(item)));
      return object;
    } else if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(value(item)));
      return array;
    } else if (value instanceof String text) {
      return NODES.textNode(text);
    } else if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    } else if (value instanceof Integer || value instanceof Short) {
      return NODES.numberNode(((Number) value).intValue());
    } else if (value instanceof Long number) {
      return NODES.numberNode(number);
    } else if (value instanceof BigInteger number) {
      return NODES.numberNode(number);
    } else if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    } else if (value instanceof Double number && Double.isFinite(number)) {
      return NODES.numberNode(number);
    }
    throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " (" + value + ")");
  }
}
