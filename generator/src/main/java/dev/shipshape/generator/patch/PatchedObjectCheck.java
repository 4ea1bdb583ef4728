package dev.shipshape.generator.patch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.syntax.ImageReference;
import dev.shipshape.generator.transform.PodTemplates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the model's rules still say about an object after a patch, checked on the trees before and
 * after it: the object keeps its identity (apiVersion, kind, name, namespace belong to the
 * generator); images a patch sets carry a version; security settings Shipshape rendered are not
 * weakened (those have switches in the model, where their consequences are checked); a workload's
 * selector stays and still selects its pods (Services, NetworkPolicies and budgets select the same
 * labels). Only what the patch changed is judged.
 *
 * <pre>{@code
 * List<PatchFailure> problems = PatchedObjectCheck.problems(before, after);
 * }</pre>
 */
final class PatchedObjectCheck {

  /** Settings a patch must not weaken, relative to the pod's spec. */
  private static final List<Setting> POD_SETTINGS = List.of(
      new Setting("/securityContext/runAsNonRoot", BooleanNode.TRUE, true),
      new Setting("/securityContext/seccompProfile/type", TextNode.valueOf("RuntimeDefault"), true),
      new Setting("/securityContext/runAsUser", IntNode.valueOf(0), false),
      new Setting("/hostNetwork", BooleanNode.TRUE, false),
      new Setting("/hostPID", BooleanNode.TRUE, false),
      new Setting("/hostIPC", BooleanNode.TRUE, false));

  /** The same, relative to a container. */
  private static final List<Setting> CONTAINER_SETTINGS = List.of(
      new Setting("/securityContext/runAsNonRoot", BooleanNode.TRUE, true),
      new Setting("/securityContext/allowPrivilegeEscalation", BooleanNode.FALSE, true),
      new Setting("/securityContext/readOnlyRootFilesystem", BooleanNode.TRUE, true),
      new Setting("/securityContext/privileged", BooleanNode.TRUE, false),
      new Setting("/securityContext/runAsUser", IntNode.valueOf(0), false),
      new Setting("/securityContext/capabilities/drop", JsonNodeFactory.instance.arrayNode().add("ALL"), true));

  /**
   * One security setting: where it is, and either the secure value that must stay ({@code kept})
   * or the insecure value that must not appear.
   */
  private record Setting(String pointer, JsonNode value, boolean kept) {

    boolean weakened(JsonNode before, JsonNode after) {
      JsonNode was = before.at(pointer);
      JsonNode is = after.at(pointer);
      return kept ? was.equals(value) && !is.equals(value) : !was.equals(value) && is.equals(value);
    }

    String describe(JsonNode after) {
      String field = pointer.substring(1).replace('/', '.');
      JsonNode now = after.at(pointer);
      return kept
          ? field + " was " + value + " and is now " + (now.isMissingNode() ? "removed" : now.toString())
          : field + " is now " + value;
    }
  }

  private PatchedObjectCheck() {}

  /** What is wrong with {@code after}, the patched {@code before}; empty when nothing is. */
  static List<PatchFailure> problems(JsonNode before, JsonNode after) {
    List<PatchFailure> problems = new ArrayList<>();
    identity(before, after).ifPresent(problems::add);
    if (!problems.isEmpty() || !(after instanceof ObjectNode patched)) {
      return problems;
    }
    Manifest was = new Manifest(Optional.empty(), (ObjectNode) before);
    Manifest is = new Manifest(Optional.empty(), patched);
    Optional<ObjectNode> podBefore = PodTemplates.of(was);
    Optional<ObjectNode> podAfter = PodTemplates.of(is);
    if (podBefore.isPresent() && podAfter.isPresent()) {
      JsonNode specBefore = podBefore.get().path("spec");
      JsonNode specAfter = podAfter.get().path("spec");
      images(specBefore, specAfter, problems);
      security(specBefore, specAfter, problems);
      selector(before.path("spec").path("selector"), after.path("spec").path("selector"), podAfter.get(), problems);
    }
    return problems;
  }

  private static Optional<PatchFailure> identity(JsonNode before, JsonNode after) {
    for (String pointer : List.of("/apiVersion", "/kind", "/metadata/name", "/metadata/namespace")) {
      JsonNode was = before.at(pointer);
      JsonNode is = after.at(pointer);
      if (!was.equals(is)) {
        String field = pointer.substring(1).replace('/', '.');
        return Optional.of(new PatchFailure(PatchRules.IDENTITY, "it changes " + field + " from "
            + text(was) + " to " + text(is) + "; what identifies an object belongs to Shipshape",
            "change it in the model (the app's or the stack's name, the environment's namespace),"
                + " or add the object you need as a user object instead of renaming a generated one"));
      }
    }
    return Optional.empty();
  }

  private static void images(JsonNode before, JsonNode after, List<PatchFailure> problems) {
    Map<String, JsonNode> was = containers(before);
    containers(after).forEach((name, container) -> {
      JsonNode image = container.path("image");
      JsonNode previous = was.getOrDefault(name, JsonNodeFactory.instance.missingNode()).path("image");
      if (image.equals(previous)) {
        return;
      }
      Optional<ImageReference> reference = ImageReference.parse(image.asText());
      if (reference.isEmpty() || !reference.get().isPinned()) {
        problems.add(new PatchFailure(PatchRules.IMAGE, "it sets the image of container '" + name + "' to "
            + text(image) + ", which " + (reference.isEmpty() ? "is not an image reference"
            : reference.get().tag().isPresent() ? "uses the 'latest' tag" : "has no tag")
            + ", so every rollout may run different code",
            "pin a version tag or a digest, e.g. '" + reference.map(ImageReference::repository).orElse("registry/app")
                + ":1.2.3' (for the app's own container, .image(…) in the model)"));
      }
    });
  }

  private static void security(JsonNode before, JsonNode after, List<PatchFailure> problems) {
    for (Setting setting : POD_SETTINGS) {
      if (setting.weakened(before, after)) {
        problems.add(weakened("the pod's " + setting.describe(after)));
      }
    }
    Map<String, JsonNode> was = containers(before);
    containers(after).forEach((name, container) -> {
      JsonNode previous = was.get(name);
      for (Setting setting : CONTAINER_SETTINGS) {
        if (previous != null && setting.weakened(previous, container)) {
          problems.add(weakened("container '" + name + "': " + setting.describe(container)));
        }
      }
    });
  }

  private static PatchFailure weakened(String what) {
    return new PatchFailure(PatchRules.POD_SECURITY, "it weakens a security setting Shipshape rendered: " + what,
        "switch the practice off in the model, where its consequences are checked (e.g."
            + " .practices(Practices.builder().restrictedPodSecurity(false)) on the app), instead of patching it away");
  }

  private static void selector(JsonNode before, JsonNode after, ObjectNode pod, List<PatchFailure> problems) {
    if (!before.equals(after)) {
      problems.add(new PatchFailure(PatchRules.SELECTOR, "it changes spec.selector from " + before + " to "
          + (after.isMissingNode() ? "nothing" : after.toString()) + "; a workload's selector cannot change after"
          + " it is created, and Services, NetworkPolicies and disruption budgets select the same labels",
          "leave spec.selector alone; add labels to the pods (spec.template.metadata.labels) instead"));
      return;
    }
    JsonNode labels = pod.path("metadata").path("labels");
    after.path("matchLabels").properties().forEach(label -> {
      if (!label.getValue().equals(labels.path(label.getKey()))) {
        problems.add(new PatchFailure(PatchRules.SELECTOR, "it changes pod label " + label.getKey() + " to "
            + text(labels.path(label.getKey())) + ", so spec.selector (" + label.getKey() + "=" + label.getValue()
            + ") no longer selects the workload's own pods", "keep the labels the selector matches; add other labels"
            + " next to them"));
      }
    });
  }

  /** Every container of {@code podSpec} (init containers too), by name, in order. */
  private static Map<String, JsonNode> containers(JsonNode podSpec) {
    Map<String, JsonNode> containers = new LinkedHashMap<>();
    for (String list : List.of("initContainers", "containers")) {
      for (JsonNode container : podSpec.path(list)) {
        containers.put(container.path("name").asText(), container);
      }
    }
    return containers;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() ? "nothing" : node.toString();
  }
}
