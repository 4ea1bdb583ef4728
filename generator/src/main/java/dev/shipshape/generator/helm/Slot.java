package dev.shipshape.generator.helm;

import dev.shipshape.generator.yaml.TemplateNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One place in a template's tree where a value is written instead of the literal: the expression
 * that reads the value and how it is written. The canonical YAML writer writes it as template text
 * ({@link dev.shipshape.generator.yaml.CanonicalYaml#writeTemplate}); values are never templated:
 * strings go through {@code quote}, maps and lists through {@code toYaml}.
 *
 * <pre>{@code
 * spec.set("replicas", new Slot("shop", "web.replicas", ".Values.web.replicas", Slot.Style.INTEGER));
 * // replicas: {{ int .Values.web.replicas }}
 * }</pre>
 */
public final class Slot extends TemplateNode {

  private static final long serialVersionUID = 1L;

  private final String chart;
  private final String values;
  private final String expression;
  private final Style style;

  /**
   * A slot of chart {@code chart} (whose helpers {@link Style#IMAGE} uses) that reads the value at
   * {@code values} ({@code web.image}) with {@code expression} ({@code .Values.web.image.tag}) and
   * writes it in {@code style}.
   */
  public Slot(String chart, String values, String expression, Style style) {
    this.chart = Objects.requireNonNull(chart, "chart");
    this.values = Objects.requireNonNull(values, "values");
    this.expression = Objects.requireNonNull(expression, "expression");
    this.style = Objects.requireNonNull(style, "style");
  }

  /** How a value is written into a template. */
  public enum Style {
    /** A string, {@code {{ .Values.x | quote }}}. */
    QUOTED,
    /** An integer, {@code {{ int .Values.x }}}. */
    INTEGER,
    /** A boolean or another number, {@code {{ .Values.x }}}. */
    PLAIN,
    /** An image from repository, tag and digest, through the chart's {@code image} helper. */
    IMAGE,
    /** A map or list, {@code {{- toYaml .Values.x | nindent n }}} below its key. */
    BLOCK,
    /** Like {@link #BLOCK}, but the key is left out when the value is null. */
    OPTIONAL
  }

  @Override
  public String afterKey(int column) {
    return switch (style) {
      case QUOTED, INTEGER, PLAIN, IMAGE -> " " + asItem();
      case BLOCK, OPTIONAL -> "{{- toYaml " + expression + " | nindent " + (column + 2) + " }}";
    };
  }

  @Override
  public String asItem() {
    return switch (style) {
      case QUOTED -> "{{ " + expression + " | quote }}";
      case INTEGER -> "{{ int " + expression + " }}";
      case PLAIN -> "{{ " + expression + " }}";
      case IMAGE -> "{{ include \"" + chart + ".image\" " + expression + " | quote }}";
      case BLOCK, OPTIONAL -> throw new IllegalStateException("a block value must follow a key: " + expression);
    };
  }

  @Override
  public Optional<String> condition() {
    return style == Style.OPTIONAL ? Optional.of("not (kindIs \"invalid\" " + expression + ")") : Optional.empty();
  }

  /** The values key of the value the slot reads, {@code web.image}. */
  public String valuesKey() {
    return values;
  }

  /** The expression the slot reads, {@code .Values.web.replicas}. */
  @Override
  public String asText() {
    return expression;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Slot slot && slot.chart.equals(chart) && slot.expression.equals(expression)
        && slot.style == style;
  }

  @Override
  public int hashCode() {
    return Objects.hash(chart, expression, style);
  }
}
