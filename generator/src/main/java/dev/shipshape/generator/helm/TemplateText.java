package dev.shipshape.generator.helm;

import dev.shipshape.generator.yaml.CanonicalYaml;

/**
 * Writes a {@link ChartTemplate} as the text of a Helm template: the object's tree, whose
 * parameterised fields are {@link Slot}s, through the canonical YAML writer's template mode (which
 * writes each slot's expression and escapes every literal {@code {{}), inside the template's guards.
 *
 * <p>Values are never templated: strings go through {@code quote}, maps and lists through
 * {@code toYaml}, so no value can inject template code; and user text that contains
 * {@code {{ .Values.x }}}, or looks like anything at all, comes out of Helm as written.
 *
 * <pre>{@code
 * String text = TemplateText.write(template);
 * // replicas: {{ int .Values.web.replicas }}
 * // image: {{ include "shop.image" .Values.web.image | quote }}
 * }</pre>
 */
public final class TemplateText {

  private TemplateText() {}

  /** The template text of {@code template}. */
  public static String write(ChartTemplate template) {
    String text = CanonicalYaml.writeTemplate(template.tree());
    if (template.guards().isEmpty()) {
      return text;
    }
    String condition = template.guards().size() == 1 ? template.guards().get(0)
        : "and " + String.join(" ", template.guards());
    return "{{- if " + condition + " }}\n" + text + "{{- end }}\n";
  }
}
