package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * A PodDisruptionBudget for apps with two or more replicas: node drains evict one pod at a time,
 * and pods stuck unhealthy never block a drain.
 */
final class DisruptionBudgetLowering {

  private DisruptionBudgetLowering() {}

  static Optional<Manifest> lower(AppContext context) {
    if (!context.practices().podDisruptionBudget() || context.app().replicas() < 2) {
      return Optional.empty();
    }
    ObjectNode budget = Nodes.resource("policy/v1", "PodDisruptionBudget",
        context.metadata(context.app().name()));
    ObjectNode spec = budget.putObject("spec");
    spec.put("maxUnavailable", 1);
    spec.put("unhealthyPodEvictionPolicy", "AlwaysAllow");
    spec.set("selector", context.selector());
    return Optional.of(new Manifest(context.owner(), budget));
  }
}
