package dev.shipshape.generator.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Writes one document of {@link CanonicalYaml}: block style, two-space indentation, sequences in
 * kubectl style (the dash at the indentation of the parent key). One instance per document.
 */
final class YamlEmitter {

  private static final int INDENT = 2;

  private final StringBuilder out;

  /** What is remembered over the documents of one {@link CanonicalYaml.Writer}. */
  private final Memory memory;

  /** Set right after {@code "- "}: the next map entry or sequence item continues that line. */
  private boolean continueLine;

  private YamlEmitter(Memory memory) {
    this.memory = memory;
    this.out = memory.text;
    out.setLength(0);
  }

  /**
   * What the documents written in turn by one {@link CanonicalYaml.Writer} share: which keys may be
   * written plain, each value's style, the indentation strings and the text buffer. Not thread safe.
   */
  static final class Memory {
    private final Map<String, Boolean> plainKeys = new HashMap<>();
    private final Map<String, ScalarStyle> valueStyles = new HashMap<>();
    private final List<String> indentations = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private String indentation(int indent) {
      while (indentations.size() <= indent) {
        indentations.add(" ".repeat(indentations.size()));
      }
      return indentations.get(indent);
    }
  }

  /** The YAML text of one document, ending with a newline; {@code memory} may be shared by documents written in turn. */
  static String emit(JsonNode document, Memory memory) {
    YamlEmitter emitter = new YamlEmitter(memory);
    if (isBlockMap(document)) {
      emitter.writeMap((ObjectNode) document, KeyOrder.ofRoot(), 0);
    } else if (isBlockSequence(document)) {
      emitter.writeSequence(document, 0);
    } else {
      emitter.writeScalar(document, 0);
    }
    return emitter.out.toString();
  }

  private void writeMap(ObjectNode map, KeyOrder order, int indent) {
    if (order.isSorted()) {
      for (String key : KeyOrder.sortedKeys(map)) {
        writeEntry(key, map.get(key), indent);
      }
      return;
    }
    List<String> leading = order.leading();
    for (String key : leading) {
      JsonNode value = map.get(key);
      if (value != null) {
        writeEntry(key, value, indent);
      }
    }
    for (Map.Entry<String, JsonNode> property : map.properties()) {
      if (leading.isEmpty() || !leading.contains(property.getKey())) {
        writeEntry(property.getKey(), property.getValue(), indent);
      }
    }
  }

  private void writeEntry(String key, JsonNode value, int indent) {
    startLine(indent);
    writeKey(key);
    out.append(':');
    if (isBlockMap(value)) {
      out.append('\n');
      writeMap((ObjectNode) value, KeyOrder.ofValueOf(key, (ObjectNode) value), indent + INDENT);
    } else if (isBlockSequence(value)) {
      out.append('\n');
      writeSequence(value, indent);
    } else {
      out.append(' ');
      writeScalar(value, indent);
    }
  }

  private void writeSequence(JsonNode sequence, int indent) {
    for (JsonNode item : sequence) {
      startLine(indent);
      out.append("- ");
      if (isBlockMap(item)) {
        continueLine = true;
        writeMap((ObjectNode) item, KeyOrder.ofSequenceItem(), indent + INDENT);
      } else if (isBlockSequence(item)) {
        continueLine = true;
        writeSequence(item, indent + INDENT);
      } else {
        writeScalar(item, indent);
      }
    }
  }

  private void startLine(int indent) {
    if (continueLine) {
      continueLine = false;
    } else {
      out.append(memory.indentation(indent));
    }
  }

  private void writeKey(String key) {
    if (memory.plainKeys.computeIfAbsent(key, k -> ScalarStyle.ofKey(k) == ScalarStyle.PLAIN)) {
      out.append(key);
    } else {
      writeDoubleQuoted(key);
    }
  }

  /**
   * Writes a scalar or an empty collection and ends the line; {@code indent} is that of its key
   * or sequence dash.
   */
  private void writeScalar(JsonNode node, int indent) {
    switch (node.getNodeType()) {
      case STRING -> writeString(node.textValue(), indent);
      case NUMBER -> out.append(number(node)).append('\n');
      case BOOLEAN -> out.append(node.booleanValue()).append('\n');
      case NULL -> out.append("null\n");
      case OBJECT -> out.append("{}\n");
      case ARRAY -> out.append("[]\n");
      default -> throw new IllegalArgumentException(
          "Cannot write a " + node.getNodeType() + " node as YAML: " + node);
    }
  }

  private void writeString(String value, int indent) {
    switch (memory.valueStyles.computeIfAbsent(value, ScalarStyle::ofValue)) {
      case PLAIN -> out.append(value).append('\n');
      case LITERAL -> writeLiteral(value, indent + INDENT);
      case DOUBLE_QUOTED -> {
        writeDoubleQuoted(value);
        out.append('\n');
      }
    }
  }

  /**
   * A {@code |} block, clipped for one final newline, stripped ({@code |-}) for none, kept
   * ({@code |+}) for more.
   */
  private void writeLiteral(String value, int contentIndent) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '\n') {
      end--;
    }
    int finalNewlines = value.length() - end;
    out.append(finalNewlines == 0 ? "|-" : finalNewlines == 1 ? "|" : "|+").append('\n');
    for (String line : value.substring(0, end).split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append(memory.indentation(contentIndent)).append(line);
      }
      out.append('\n');
    }
    out.append("\n".repeat(Math.max(0, finalNewlines - 1)));
  }

  private void writeDoubleQuoted(String value) {
    out.append('"');
    value.codePoints().forEach(codePoint -> {
      switch (codePoint) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (ScalarStyle.isPrintable(codePoint)) {
            out.appendCodePoint(codePoint);
          } else {
            out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
          }
        }
      }
    });
    out.append('"');
  }

  /**
   * Integers as digits; floating-point values in plain decimal notation that always has a
   * {@code .} (so they read back as floats), or {@code .inf}, {@code -.inf}, {@code .nan}.
   */
  private static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isDouble() || node.isFloat()) {
      double d = node.doubleValue();
      if (Double.isNaN(d)) {
        return ".nan";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? ".inf" : "-.inf";
      }
    }
    // Float.toString keeps 0.1f as 0.1 instead of its widened double value.
    BigDecimal decimal = node.isFloat()
        ? new BigDecimal(Float.toString(node.floatValue()))
        : node.decimalValue();
    String plain = decimal.toPlainString();
    return plain.indexOf('.') < 0 ? plain + ".0" : plain;
  }

  private static boolean isBlockMap(JsonNode node) {
    return node.isObject() && !node.isEmpty();
  }

  private static boolean isBlockSequence(JsonNode node) {
    return node.isArray() && !node.isEmpty();
  }
}
