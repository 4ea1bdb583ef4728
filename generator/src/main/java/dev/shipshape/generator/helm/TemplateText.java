package dev.shipshape.generator.helm;

import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link ChartTemplate} as the text of a Helm template: the object through the canonical
 * YAML writer, every literal {@code {{} escaped so Go templates print it verbatim, and each slot
 * token replaced by the expression that writes its value.
 *
 * <p>Values are never templated: strings go through {@code quote}, maps and lists through
 * {@code toYaml}, so no value can inject template code; and user text that happens to contain
 * {@code {{ .Values.x }}} comes out of Helm as written.
 *
 * <pre>{@code
 * String text = TemplateText.write("shop", template, model.slots());
 * // replicas: {{ int .Values.web.replicas }}
 * // image: {{ include "shop.image" .Values.web.image | quote }}
 * }</pre>
 */
public final class TemplateText {

  /** A slot token as the whole value of a line: {@code <prefix>[key: ]token}. */
  private static final Pattern SLOT_LINE = Pattern.compile("(?m)^(.*?)(__shipshape_slot_\\d+__)$");
  private static final Pattern INDENT = Pattern.compile("^(?: |- )*");

  private TemplateText() {}

  /** The template text of {@code template} in chart {@code chart}. */
  public static String write(String chart, ChartTemplate template, Map<String, Slot> slots) {
    String yaml = escape(CanonicalYaml.write(template.tree()));
    Matcher line = SLOT_LINE.matcher(yaml);
    StringBuilder text = new StringBuilder();
    while (line.find()) {
      Slot slot = slots.get(line.group(2));
      if (slot == null) {
        throw new IllegalStateException("no slot for " + line.group(2));
      }
      line.appendReplacement(text, Matcher.quoteReplacement(replace(chart, line.group(1), slot)));
    }
    line.appendTail(text);
    if (template.guards().isEmpty()) {
      return text.toString();
    }
    String condition = template.guards().size() == 1 ? template.guards().get(0)
        : "and " + String.join(" ", template.guards());
    return "{{- if " + condition + " }}\n" + text + "{{- end }}\n";
  }

  /**
   * {@code text} with every {@code {{} written as {@code {{ "{{" }}}, so Go templates print it. A
   * single {@code {} never starts an action, and {@code }}} outside an action is plain text.
   */
  public static String escape(String text) {
    return text.replace("{{", "{{ \"{{\" }}");
  }

  private static String replace(String chart, String before, Slot slot) {
    String expression = slot.expression();
    return switch (slot.style()) {
      case QUOTED -> before + "{{ " + expression + " | quote }}";
      case INTEGER -> before + "{{ int " + expression + " }}";
      case PLAIN -> before + "{{ " + expression + " }}";
      case IMAGE -> before + "{{ include \"" + chart + ".image\" " + expression + " | quote }}";
      case BLOCK -> key(before) + "{{- toYaml " + expression + " | nindent " + childIndent(before) + " }}";
      case OPTIONAL -> "{{- if not (kindIs \"invalid\" " + expression + ") }}\n"
          + key(before) + "{{- toYaml " + expression + " | nindent " + childIndent(before) + " }}\n"
          + "{{- end }}";
    };
  }

  /** {@code "  resources: "} → {@code "  resources:"}; block values only ever follow a key. */
  private static String key(String before) {
    if (!before.endsWith(": ")) {
      throw new IllegalStateException("a block value must follow a key: '" + before + "'");
    }
    return before.substring(0, before.length() - 1);
  }

  /** The indentation of the value below the key on this line. */
  private static int childIndent(String before) {
    Matcher indent = INDENT.matcher(before);
    indent.find();
    return indent.end() + 2;
  }
}
