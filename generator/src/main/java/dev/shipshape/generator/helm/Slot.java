package dev.shipshape.generator.helm;

import java.util.Objects;

/**
 * One place in a template where a value is written instead of the literal: the {@link Param} it
 * reads, the expression that reads it, and how the value is written.
 *
 * <pre>{@code
 * new Slot(replicas, replicas.expression(), Slot.Style.INTEGER); // replicas: {{ int .Values.web.replicas }}
 * }</pre>
 *
 * @param param the value behind the slot
 * @param expression the template expression, {@code .Values.web.image.tag}
 * @param style how the value is written
 */
public record Slot(Param param, String expression, Style style) {

  public Slot {
    Objects.requireNonNull(param, "param");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(style, "style");
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
}
