package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered Kubernetes object and the app that owns it.
 *
 * <pre>{@code
 * Manifest deployment = ...;
 * deployment.kind(); // "Deployment"
 * deployment.owner(); // Optional["web"]; empty for stack-level objects such as the Namespace
 * }</pre>
 *
 * @param owner the app (or alias) the object belongs to; empty for objects of the whole stack
 * @param body the object as an ordered tree, ready for the canonical YAML writer
 */
public record Manifest(Optional<String> owner, ObjectNode body) {

  public Manifest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(body, "body");
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
