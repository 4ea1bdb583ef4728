package dev.shipshape.generator.lower;

import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stack's Namespace, labelled so Pod Security admission enforces the "restricted" level — or
 * "baseline" when an app opts out of restricted pods (validation warns about it), always auditing
 * and warning at "restricted"; with a service mesh, also labelled or annotated for injection.
 */
final class NamespaceLowering {

  private NamespaceLowering() {}

  static Optional<Manifest> lower(Stack stack) {
    EffectivePractices practices = EffectivePractices.of(stack);
    if (!practices.namespace()) {
      return Optional.empty();
    }
    Map<String, String> labels = new LinkedHashMap<>(Labels.ofStack(stack, practices.recommendedLabels()));
    if (practices.restrictedPodSecurity()) {
      boolean everyAppRestricted = stack.apps().stream()
          .allMatch(app -> EffectivePractices.of(stack, app).restrictedPodSecurity());
      labels.put("pod-security.kubernetes.io/enforce", everyAppRestricted ? "restricted" : "baseline");
      labels.put("pod-security.kubernetes.io/enforce-version", "latest");
      labels.put("pod-security.kubernetes.io/audit", "restricted");
      labels.put("pod-security.kubernetes.io/warn", "restricted");
    }
    ObjectNode metadata = ObjectMetadata.of(stack.namespaceName(), null, labels);
    ObjectNode namespace = Nodes.resource("v1", "Namespace", metadata);
    return Optional.of(new Manifest(Optional.empty(), namespace));
  }
}
