package dev.shipshape.generator.hatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.syntax.ImageReference;
import dev.shipshape.generator.transform.PodTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of generated workloads that also apply to a workload the user added as it is (a
 * Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob), as warnings: Shipshape did not
 * write it, so it only points out what its own workloads would have.
 *
 * <ul>
 *   <li>{@code HATCH-OBJECT-IMAGE}: each container's image has a tag other than {@code latest}, or a
 *       digest;
 *   <li>{@code HATCH-OBJECT-POD-SECURITY}: the Pod Security "restricted" fields are set: {@code
 *       runAsNonRoot: true} (on the pod or the container), {@code allowPrivilegeEscalation: false},
 *       {@code capabilities.drop: [ALL]}, a {@code seccompProfile}.
 * </ul>
 *
 * <pre>{@code
 * UserWorkloadChecks.check(manifest, (rule, message, hint) -> findings.add(...));
 * }</pre>
 */
final class UserWorkloadChecks {

  private UserWorkloadChecks() {}

  /** Receives one finding of the checks. */
  interface Sink {
    void report(Rule rule, String message, String hint);
  }

  /** Reports what {@code object}'s pods lack, when it runs pods; nothing for other kinds. */
  static void check(Manifest object, Sink sink) {
    Optional<ObjectNode> template = PodTemplates.of(object);
    if (template.isEmpty()) {
      return;
    }
    JsonNode pod = template.get().path("spec");
    for (JsonNode container : containers(pod)) {
      String name = container.path("name").asText("?");
      String image = container.path("image").asText("");
      if (!ImageReference.parse(image).filter(ImageReference::isPinned).isPresent()) {
        sink.report(HatchRules.OBJECT_IMAGE, "container " + name + " runs image '" + image
                + "', which is not pinned by a tag other than latest or by a digest",
            "pin the image, e.g. " + (image.isEmpty() ? "ghcr.io/acme/worker" : image.replaceAll(":latest$", ""))
                + ":1.4.2 or @sha256:…");
      }
      List<String> missing = missing(pod, container);
      if (!missing.isEmpty()) {
        sink.report(HatchRules.OBJECT_POD_SECURITY, "container " + name + " lacks " + String.join(", ", missing),
            "set them in the pod's and the container's securityContext, as Shipshape does for its own workloads"
                + " (Pod Security \"restricted\")");
      }
    }
  }

  private static List<JsonNode> containers(JsonNode pod) {
    List<JsonNode> all = new ArrayList<>();
    pod.path("initContainers").forEach(all::add);
    pod.path("containers").forEach(all::add);
    return all;
  }

  private static List<String> missing(JsonNode pod, JsonNode container) {
    JsonNode podSecurity = pod.path("securityContext");
    JsonNode security = container.path("securityContext");
    List<String> missing = new ArrayList<>();
    if (!security.path("runAsNonRoot").asBoolean(podSecurity.path("runAsNonRoot").asBoolean(false))) {
      missing.add("runAsNonRoot: true");
    }
    if (!security.path("allowPrivilegeEscalation").isBoolean() || security.path("allowPrivilegeEscalation").asBoolean()) {
      missing.add("allowPrivilegeEscalation: false");
    }
    boolean dropsAll = false;
    for (JsonNode dropped : security.path("capabilities").path("drop")) {
      dropsAll |= dropped.asText().equals("ALL");
    }
    if (!dropsAll) {
      missing.add("capabilities.drop: [ALL]");
    }
    if (security.path("seccompProfile").isMissingNode() && podSecurity.path("seccompProfile").isMissingNode()) {
      missing.add("seccompProfile");
    }
    return missing;
  }
}
