package dev.shipshape.generator.lower;

import dev.shipshape.generator.syntax.ValueFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value a chart may set instead of the literal the lowering wrote: where it sits among the chart's
 * values, what shape it has (and so how a template writes it and what its schema is), the format of
 * its text, the DSL call that sets it, and whether it is a value always or only where the stack's
 * renderings (the stack as declared and each environment) give it different values.
 *
 * <p>The lowering marks each place it writes such a value ({@link Marks}); the chart writer reads
 * the marks, never field paths. The path's words are names as the DSL has them ({@code tenant-site},
 * {@code LOG_LEVEL}); the chart turns each into a values key ({@code tenantSite}, {@code logLevel}).
 *
 * <pre>{@code
 * Parameter replicas = Parameters.replicas("web");
 * replicas.path();    // [web, replicas]
 * replicas.shape();   // INTEGER
 * }</pre>
 *
 * @param path the words of the values path, from the root
 * @param shape what the value is
 * @param format the format of a text value (for {@link Shape#TEXT}, {@link Shape#OPTIONAL_TEXT}, {@link Shape#TEXT_LIST})
 * @param description what the value is and which DSL call sets it
 * @param onlyWhereEnvironmentsDiffer whether the chart makes it a value only when the renderings disagree on it
 */
public record Parameter(List<String> path, Shape shape, Optional<ValueFormat> format, String description,
                        boolean onlyWhereEnvironmentsDiffer) {

  public Parameter {
    path = List.copyOf(path);
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(description, "description");
  }

  /** What a parameterised value is; every chart decision on a value is a switch over these. */
  public enum Shape {
    /** A string, in {@link #format()} when it has one. */
    TEXT,
    /** A string or, where the lowering left the field out, null (the field is then left out). */
    OPTIONAL_TEXT,
    /** A count, zero or more. */
    INTEGER,
    /** A container image: repository, tag and digest, written back as one reference. */
    IMAGE,
    /** A container's requests and limits: maps of quantities. */
    RESOURCES,
    /** An Ingress's TLS list: entries of hosts and a Secret name. */
    INGRESS_TLS,
    /** A list of strings, each marked where it is used ({@link Mark.Part#ITEM}). */
    TEXT_LIST,
    /** A map or list, or null where the lowering left the field out (the field is then left out). */
    OPTIONAL_TREE
  }
}
