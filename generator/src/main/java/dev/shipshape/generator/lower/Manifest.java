package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered Kubernetes object, the app that owns it, and the {@link Marks} of the lowering that
 * rendered it: which of its values are chart parameters. A transform that changes the object keeps
 * the marks ({@link #withBody}); {@link Marks} says which still hold.
 *
 * <pre>{@code
 * Manifest deployment = ...;
 * deployment.kind(); // "Deployment"
 * deployment.owner(); // Optional["web"]; empty for stack-level objects such as the Namespace
 * }</pre>
 *
 * @param owner the app (or alias) the object belongs to; empty for objects of the whole stack
 * @param body the object as an ordered tree, ready for the canonical YAML writer
 * @param marks the chart parameters the lowering marked, shared by the objects of one lowering
 */
public record Manifest(Optional<String> owner, ObjectNode body, Marks marks) {

  public Manifest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(marks, "marks");
  }

  /**
   * An object without marks, nothing in it a chart parameter: for an object the lowering did not
   * write (a user's own object). A transform that changes a lowered object uses {@link #withBody},
   * which keeps its marks.
   */
  public Manifest(Optional<String> owner, ObjectNode body) {
    this(owner, body, new Marks());
  }

  /**
   * This object with {@code changed} as its tree (a transform's result), the marks carried to the
   * same places of it: those whose values the transform left as lowered still hold ({@link Marks}).
   */
  public Manifest withBody(ObjectNode changed) {
    return changed == body ? this : new Manifest(owner, changed, marks.carriedTo(body, changed));
  }

  /** The marks that hold in this object, by JSON pointer, in the order of its tree. */
  public Map<String, Mark> parameters() {
    return marks.in(body);
  }

  /** The object's {@code apiVersion}. */
  public String apiVersion() {
    return body.path("apiVersion").asText();
  }

  /** The object's {@code kind}. */
  public String kind() {
    return body.path("kind").asText();
  }

  /** Whether the object is cluster-scoped (its metadata has no namespace). */
  public boolean clusterScoped() {
    return !body.path("metadata").has("namespace");
  }

  /** The object's {@code metadata.name}. */
  public String name() {
    return body.path("metadata").path("name").asText();
  }
}
