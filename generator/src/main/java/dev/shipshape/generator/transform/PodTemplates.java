package dev.shipshape.generator.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.generator.lower.Manifest;
import java.util.Optional;

/**
 * Where a rendered workload keeps its pod template, for transforms that change pods whatever
 * controller runs them.
 *
 * <pre>{@code
 * PodTemplates.of(deployment).ifPresent(pod -> pod.with("metadata").with("labels").put("tier", "web"));
 * }</pre>
 */
public final class PodTemplates {

  private PodTemplates() {}

  /** The pod template of {@code object}; empty for an object that runs no pods. */
  public static Optional<ObjectNode> of(Manifest object) {
    JsonNode template = switch (object.kind()) {
      case "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job" -> object.body().path("spec").path("template");
      case "CronJob" -> object.body().path("spec").path("jobTemplate").path("spec").path("template");
      default -> null;
    };
    return template instanceof ObjectNode pod ? Optional.of(pod) : Optional.empty();
  }
}
