package dev.shipshape.generator.hatch;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads YAML the user wrote (one or more documents) into trees, refusing what YAML 1.1 readers
 * (kubectl's, Helm's) and YAML 1.2 readers would read differently, so an object means on the
 * cluster what it means in the user's file:
 *
 * <ul>
 *   <li>plain {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} (booleans to YAML 1.1,
 *       strings to YAML 1.2) are refused: write {@code true}/{@code false} or quote them;
 *   <li>plain numbers that only some readers take for numbers, or take for different numbers, are
 *       refused: octal-looking {@code 0755}, {@code 0o17}, {@code 0b101}, {@code 1_000}, sexagesimal
 *       {@code 1:30}, {@code 1e3} without a dot, {@code .inf}, {@code .nan}; quote them or write the
 *       decimal number;
 *   <li>{@code ~}, {@code null} and empty values are null (every reader agrees); {@code true}/
 *       {@code false}, decimal and hexadecimal integers and decimal floats are kept as numbers (written in
 *       decimal: {@code 0x1F} as {@code 31}, {@code 1.50} as {@code 1.5});
 *   <li>a key twice in one mapping is refused (readers keep the first or the last);
 *   <li>anchors and aliases are resolved (an alias is a copy of its anchored node); merge keys
 *       ({@code <<}, YAML 1.1 only) are refused;
 *   <li>a {@code !!str} tag keeps its value a string; any other tag is refused.
 * </ul>
 *
 * <p>Quoted and block scalars are always strings, kept verbatim; the canonical writer quotes them
 * again where needed ({@code "no"}, {@code "0755"}, {@code "1:30"}, {@code "~"} stay strings).
 *
 * <pre>{@code
 * UserYaml.Read read = UserYaml.read("kind: ConfigMap\ndata: {mode: \"0755\"}\n");
 * read.documents().get(0).object(); // {"kind":"ConfigMap","data":{"mode":"0755"}}
 * UserYaml.read("a: yes\n").problem(); // Problem[line=1, column=4, message="yes" is a boolean to ...]
 * }</pre>
 *
 * <p>Stateless and safe to call from several threads.
 */
public final class UserYaml {

  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String STRING_TAG = "tag:yaml.org,2002:str";

  private static final Pattern MARK = Pattern.compile("^ in '[^']*', line ([0-9]+), column ([0-9]+):$",
      Pattern.MULTILINE);
  private static final Set<String> YAML_11_BOOLEANS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no",
      "No", "NO", "on", "On", "ON", "off", "Off", "OFF");
  private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
  private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
  private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
  private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?");
  private static final Pattern DOUBTFUL_NUMBER = Pattern.compile(
      "[-+]?0[0-9]+"                                      // octal to YAML 1.1, decimal to YAML 1.2
          + "|[-+]?0o[0-7]+|[-+]?0b[01_]+"                // one version's base prefixes
          + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?" // sexagesimal, YAML 1.1 only
          + "|[-+]?[0-9][0-9_]*_[0-9_]*(\\.[0-9_]*)?"     // digit separators, YAML 1.1 only
          + "|[-+]?[0-9]+[eE][-+]?[0-9]+"                 // a float to YAML 1.2 only
          + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");   // no JSON number

  private UserYaml() {}

  /**
   * One document of the text: an object (a mapping) and the line its first key is on.
   *
   * @param object the document
   * @param line the 1-based line it starts on
   */
  public record Document(ObjectNode object, int line) {}

  /**
   * What the text holds up to the first problem: the documents read (empty ones skipped) and the
   * problem, if there is one.
   *
   * @param documents the documents before the problem; all of them without one
   * @param problem the first thing that could not be read, if any
   */
  public record Read(List<Document> documents, Optional<Problem> problem) {
    public Read {
      documents = List.copyOf(documents);
    }
  }

  /**
   * Why a text could not be read, and where.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what is wrong
   * @param hint how to fix it
   */
  public record Problem(int line, int column, String message, String hint) {}

  /** Thrown inside the reader to stop at the first problem; never leaves this class. */
  private static final class Refused extends Exception {
    private final transient Problem problem;

    Refused(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /**
   * The first problem in {@code text} under the same rules, whatever its documents are (a list of
   * patch operations as well as an object): for other YAML the user writes, so that every hatch reads
   * YAML alike.
   */
  public static Optional<Problem> problemIn(String text) {
    try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
      Reader reader = new Reader((YAMLParser) parser, text);
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        reader.value(token);
      }
      return Optional.empty();
    } catch (Refused refused) {
      return Optional.of(refused.problem);
    } catch (JsonProcessingException e) {
      return Optional.of(malformed(e));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string failed", e);
    }
  }

  /** The documents of {@code text}, or the first problem in it. */
  public static Read read(String text) {
    List<Document> documents = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
      Reader reader = new Reader((YAMLParser) parser, text);
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode document = reader.value(token);
        if (document instanceof ObjectNode object) {
          documents.add(new Document(object, line));
        } else if (!document.isNull()) {
          throw new Refused(new Problem(line, parser.currentTokenLocation().getColumnNr(),
              "a document is " + describe(document) + ", not a Kubernetes object",
              "write each object as a mapping with apiVersion, kind and metadata, documents separated by ---"));
        }
      }
      return new Read(documents, Optional.empty());
    } catch (Refused refused) {
      return new Read(documents, Optional.of(refused.problem));
    } catch (JsonProcessingException e) {
      return new Read(documents, Optional.of(malformed(e)));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string failed", e);
    }
  }

  /**
   * The problem SnakeYAML found, at its problem mark: its message names what it was reading and the
   * problem on unindented lines, each followed by a {@code  in 'reader', line L, column C:} line and
   * the quoted text; the last mark is where the problem is (Jackson's location is where the last
   * token ended, often a line earlier).
   */
  private static Problem malformed(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    String message = original.lines().filter(line -> !line.isBlank() && !line.startsWith(" "))
        .collect(Collectors.joining(": "));
    JsonLocation at = e.getLocation();
    int line = at == null ? 1 : at.getLineNr();
    int column = at == null ? 1 : at.getColumnNr();
    Matcher mark = MARK.matcher(original);
    while (mark.find()) {
      line = Integer.parseInt(mark.group(1));
      column = Integer.parseInt(mark.group(2));
    }
    return new Problem(line, column, "the YAML is malformed: " + message,
        "fix the YAML at that line (indentation, a missing ':' or an unclosed quote are the usual causes)");
  }

  private static String describe(JsonNode node) {
    return node.isArray() ? "a list" : "the scalar '" + node.asText() + "'";
  }

  /** One pass over one text: the parser, the text (to see how scalars are written) and the anchors. */
  private static final class Reader {
    private final YAMLParser parser;
    private final String text;
    private final Map<String, JsonNode> anchors = new HashMap<>();

    Reader(YAMLParser parser, String text) {
      this.parser = parser;
      this.text = text;
    }

    JsonNode value(JsonToken token) throws IOException, Refused {
      String anchor = parser.getCurrentAnchor();
      String tag = parser.getTypeId();
      if (tag != null && !(tag.equals(STRING_TAG) && token.isScalarValue())) {
        throw refused("the tag '" + tag + "' is not read", "remove the tag; only !!str (keep a value a string) is read");
      }
      JsonNode node = switch (token) {
        case START_OBJECT -> object();
        case START_ARRAY -> array();
        default -> tag != null ? NODES.textNode(parser.getText()) : scalar();
      };
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private ObjectNode object() throws IOException, Refused {
      ObjectNode object = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        if (key.equals("<<")) {
          throw refused("merge keys (<<) are not read: they exist in YAML 1.1 only",
              "write the merged keys out in this mapping");
        }
        if (object.has(key)) {
          throw refused("the key '" + key + "' appears twice in one mapping",
              "keep one '" + key + "'; YAML readers differ on which one wins");
        }
        object.set(key, value(parser.nextToken()));
      }
      return object;
    }

    private ArrayNode array() throws IOException, Refused {
      ArrayNode array = NODES.arrayNode();
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
        array.add(value(token));
      }
      return array;
    }

    private JsonNode scalar() throws IOException, Refused {
      String value = parser.getText();
      if (parser.isCurrentAlias()) {
        JsonNode anchored = anchors.get(value);
        if (anchored == null) {
          throw refused("the alias '*" + value + "' names no anchor before it", "define '&" + value + "' first");
        }
        return anchored.deepCopy();
      }
      return plain() ? plainScalar(value) : NODES.textNode(value);
    }

    /** Whether the current scalar is written plain (not quoted, not a block scalar). */
    private boolean plain() {
      int at = (int) parser.currentTokenLocation().getCharOffset();
      while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
      }
      return at >= text.length() || "\"'|>".indexOf(text.charAt(at)) < 0;
    }

    private JsonNode plainScalar(String value) throws Refused {
      if (NULLS.contains(value)) {
        return NODES.nullNode();
      }
      if (BOOLEANS.contains(value)) {
        return NODES.booleanNode(Boolean.parseBoolean(value.toLowerCase(Locale.ROOT)));
      }
      if (YAML_11_BOOLEANS.contains(value)) {
        throw refused("'" + value + "' is a boolean to YAML 1.1 readers (kubectl, Helm) and a string to YAML 1.2 readers",
            "write true or false for a boolean, or \"" + value + "\" in quotes for a string");
      }
      if (INTEGER.matcher(value).matches()) {
        return integer(new BigInteger(value));
      }
      if (HEXADECIMAL.matcher(value).matches()) {
        return integer(new BigInteger(value.substring(2), 16));
      }
      if (DECIMAL.matcher(value).matches()) {
        return NODES.numberNode(Double.parseDouble(value));
      }
      if (DOUBTFUL_NUMBER.matcher(value).matches()) {
        throw refused("'" + value + "' is read as a number by some YAML readers and as a string or another number"
            + " by others", "write \"" + value + "\" in quotes for a string, or the number in plain decimal");
      }
      return NODES.textNode(value);
    }

    private static JsonNode integer(BigInteger value) {
      if (value.bitLength() < Integer.SIZE) {
        return NODES.numberNode(value.intValueExact());
      }
      return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValueExact()) : NODES.numberNode(value);
    }

    private Refused refused(String message, String hint) {
      JsonLocation at = parser.currentTokenLocation();
      return new Refused(new Problem(at.getLineNr(), at.getColumnNr(), message, hint));
    }
  }
}
