package dev.shipshape.generator.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes one document of {@link CanonicalYaml}: block style, two-space indentation, sequences in
 * kubectl style (the dash at the indentation of the parent key). One instance per document; the
 * text goes straight into UTF-8 bytes.
 */
final class YamlEmitter {

  private static final int INDENT = 2;

  /**
   * Values up to this length are remembered with their written form; longer ones (certificates,
   * configuration files) are rarely repeated and are written afresh each time.
   */
  private static final int REMEMBERED_VALUE_LENGTH = 128;

  /**
   * How many values a writer remembers before it starts afresh: enough for the values repeated in
   * a run (images, ports, policies), few enough that a writer reused for a large fleet stays small.
   */
  private static final int REMEMBERED_VALUES = 8192;

  private final Utf8Buffer out;

  /** What is remembered over the documents of one {@link CanonicalYaml.Writer}. */
  private final Memory memory;

  /** Set right after {@code "- "}: the next map entry or sequence item continues that line. */
  private boolean continueLine;

  /**
   * Whether the document is written as a Go template ({@link CanonicalYaml#writeTemplate}):
   * {@link TemplateNode}s are written as their text and every literal {@code {{} is escaped.
   */
  private final boolean template;

  private YamlEmitter(Memory memory, boolean template) {
    this.memory = memory;
    this.template = template;
    this.out = memory.buffer;
    out.clear();
  }

  /**
   * What the documents written in turn by one {@link CanonicalYaml.Writer} share: each map key as
   * written (with its colon; possibly shared with other writers), each short value as written on its line (with the line's end; for a
   * literal block, which depends on the indentation, {@code null}), and the buffer. Not thread safe.
   */
  static final class Memory {
    private final CanonicalYaml.Keys keys;
    private final Map<String, byte[]> values = new HashMap<>();
    private final Utf8Buffer buffer = new Utf8Buffer();

    Memory(CanonicalYaml.Keys keys) {
      this.keys = keys;
    }
  }

  /** The UTF-8 text of one document, ending with a newline; {@code memory} may be shared by documents written in turn. */
  static byte[] emit(JsonNode document, Memory memory) {
    return emit(document, memory, false);
  }

  /**
   * The UTF-8 text of one document; as a Go template when {@code template} is set (see
   * {@link CanonicalYaml#writeTemplate}).
   */
  static byte[] emit(JsonNode document, Memory memory, boolean template) {
    YamlEmitter emitter = new YamlEmitter(memory, template);
    if (isBlockMap(document)) {
      emitter.writeMap((ObjectNode) document, KeyOrder.ofRoot(), 0);
    } else if (isBlockSequence(document)) {
      emitter.writeSequence(document, 0);
    } else {
      emitter.writeScalar(document, 0);
    }
    return emitter.out.toByteArray();
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
    if (template && value instanceof TemplateNode slot) {
      writeTemplateEntry(key, slot, indent);
      return;
    }
    startLine(indent);
    appendText(memory.keys.of(key, YamlEmitter::keyBytes), key);
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
      out.append('-');
      out.append(' ');
      if (isBlockMap(item)) {
        continueLine = true;
        writeMap((ObjectNode) item, KeyOrder.ofSequenceItem(), indent + INDENT);
      } else if (isBlockSequence(item)) {
        continueLine = true;
        writeSequence(item, indent + INDENT);
      } else if (template && item instanceof TemplateNode slot) {
        out.append(slot.asItem());
        out.append('\n');
      } else {
        writeScalar(item, indent);
      }
    }
  }

  /** {@code key} and its template value, inside the value's condition when it has one. */
  private void writeTemplateEntry(String key, TemplateNode slot, int indent) {
    Optional<String> condition = slot.condition();
    if (condition.isPresent()) {
      if (continueLine) {
        throw new IllegalArgumentException("a conditional value cannot start a sequence item: " + key);
      }
      out.append("{{- if " + condition.get() + " }}\n");
    }
    startLine(indent);
    appendText(memory.keys.of(key, YamlEmitter::keyBytes), key);
    out.append(slot.afterKey(indent));
    out.append('\n');
    if (condition.isPresent()) {
      out.append("{{- end }}\n");
    }
  }

  /**
   * Appends {@code written}, the text of {@code source} as YAML; in a template, with every
   * {@code {{} of the user's text escaped so Go templates print it as written.
   */
  private void appendText(byte[] written, String source) {
    if (template && source.contains("{{")) {
      out.append(escape(new String(written, StandardCharsets.UTF_8)));
    } else {
      out.append(written);
    }
  }

  /**
   * {@code text} with every {@code {{} written as {@code {{ "{{" }}}: a single {@code {} never starts
   * an action, and {@code }}} outside an action is plain text.
   */
  private static String escape(String text) {
    return text.replace("{{", "{{ \"{{\" }}");
  }

  private void startLine(int indent) {
    if (continueLine) {
      continueLine = false;
    } else {
      out.appendSpaces(indent);
    }
  }

  /** How {@code key} is written, with its colon. */
  private static byte[] keyBytes(String key) {
    if (ScalarStyle.ofKey(key) == ScalarStyle.PLAIN) {
      return withEnd(key.getBytes(StandardCharsets.UTF_8), ':');
    }
    StringBuilder text = new StringBuilder(key.length() + 3);
    appendDoubleQuoted(text, key);
    return withEnd(text.toString().getBytes(StandardCharsets.UTF_8), ':');
  }

  /**
   * Writes a scalar or an empty collection and ends the line; {@code indent} is that of its key
   * or sequence dash.
   */
  private void writeScalar(JsonNode node, int indent) {
    switch (node.getNodeType()) {
      case STRING -> writeString(node.textValue(), indent);
      case NUMBER -> {
        out.append(number(node));
        out.append('\n');
      }
      case BOOLEAN -> out.append(node.booleanValue() ? "true\n" : "false\n");
      case NULL -> out.append("null\n");
      case OBJECT -> out.append("{}\n");
      case ARRAY -> out.append("[]\n");
      default -> throw new IllegalArgumentException(
          "Cannot write a " + node.getNodeType() + " node as YAML: " + node);
    }
  }

  private void writeString(String value, int indent) {
    byte[] line;
    if (value.length() <= REMEMBERED_VALUE_LENGTH) {
      if (memory.values.size() >= REMEMBERED_VALUES) {
        memory.values.clear();
      }
      line = memory.values.computeIfAbsent(value, YamlEmitter::lineBytes);
    } else {
      line = lineBytes(value);
    }
    if (line != null) {
      appendText(line, value);
    } else {
      String literal = literal(value, indent + INDENT);
      out.append(template ? escape(literal) : literal);
    }
  }

  /** How {@code value} is written on the line of its key or dash, with the line's end; {@code null} for a literal block. */
  private static byte[] lineBytes(String value) {
    return switch (ScalarStyle.ofValue(value)) {
      case PLAIN -> withEnd(value.getBytes(StandardCharsets.UTF_8), '\n');
      case LITERAL -> null;
      case DOUBLE_QUOTED -> {
        StringBuilder text = new StringBuilder(value.length() + 3);
        appendDoubleQuoted(text, value);
        yield withEnd(text.toString().getBytes(StandardCharsets.UTF_8), '\n');
      }
    };
  }

  /** {@code bytes} followed by the ASCII character {@code end}. */
  private static byte[] withEnd(byte[] bytes, char end) {
    byte[] ended = Arrays.copyOf(bytes, bytes.length + 1);
    ended[bytes.length] = (byte) end;
    return ended;
  }

  /**
   * A {@code |} block, clipped for one final newline, stripped ({@code |-}) for none, kept
   * ({@code |+}) for more.
   */
  private static String literal(String value, int contentIndent) {
    StringBuilder text = new StringBuilder(value.length() + 16);
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '\n') {
      end--;
    }
    int finalNewlines = value.length() - end;
    text.append(finalNewlines == 0 ? "|-" : finalNewlines == 1 ? "|" : "|+").append('\n');
    String indentation = " ".repeat(contentIndent);
    for (String line : value.substring(0, end).split("\n", -1)) {
      if (!line.isEmpty()) {
        text.append(indentation).append(line);
      }
      text.append('\n');
    }
    text.append("\n".repeat(Math.max(0, finalNewlines - 1)));
    return text.toString();
  }

  private static void appendDoubleQuoted(StringBuilder text, String value) {
    text.append('"');
    value.codePoints().forEach(codePoint -> {
      switch (codePoint) {
        case '"' -> text.append("\\\"");
        case '\\' -> text.append("\\\\");
        case '\n' -> text.append("\\n");
        case '\t' -> text.append("\\t");
        default -> {
          if (ScalarStyle.isPrintable(codePoint)) {
            text.appendCodePoint(codePoint);
          } else {
            text.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
          }
        }
      }
    });
    text.append('"');
  }

  /**
   * Integers as digits; floating-point values in plain decimal notation that always has a
   * {@code .} (so they read back as floats), or {@code .inf}, {@code -.inf}, {@code .nan}.
   */
  private static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.isBigInteger() ? node.bigIntegerValue().toString() : Long.toString(node.longValue());
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
