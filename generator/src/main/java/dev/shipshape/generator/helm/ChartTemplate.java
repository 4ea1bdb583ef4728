package dev.shipshape.generator.helm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * The template of one rendered object: its file below {@code templates/}, the boolean values that
 * must all be true for it to render, and the object's tree with {@link Slot}s where values go.
 *
 * <pre>{@code
 * template.file();    // "web/poddisruptionbudget.yaml"
 * template.guards();  // [".Values.web.enabled", ".Values.web.podDisruptionBudget.enabled"]
 * }</pre>
 *
 * @param file the path below {@code templates/}
 * @param guards template expressions that must all be true
 * @param tree the object, with {@link Slot}s in parameterised fields
 */
public record ChartTemplate(String file, List<String> guards, ObjectNode tree) {

  public ChartTemplate {
    Objects.requireNonNull(file, "file");
    guards = List.copyOf(guards);
    Objects.requireNonNull(tree, "tree");
  }
}
