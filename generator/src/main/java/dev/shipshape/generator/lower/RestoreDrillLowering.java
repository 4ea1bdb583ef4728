package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.RestoreDrill;
import dev.shipshape.generator.backup.ScheduledBackup;
import java.util.List;

/**
 * A restore drill: a Velero {@code Restore} of a schedule's latest successful backup
 * ({@code scheduleName}) into a scratch namespace ({@code namespaceMapping}), volumes included, never
 * touching existing objects. It is written outside the applied tree ({@code drills/}) and created on
 * purpose when a drill runs.
 */
final class RestoreDrillLowering {

  private RestoreDrillLowering() {}

  static ObjectNode lower(Stack stack, ScheduledBackup schedule) {
    ObjectNode metadata = ObjectMetadata.velero(stack, RestoreDrill.restoreName(schedule));
    ObjectNode node = Nodes.resource("velero.io/v1", "Restore", metadata);
    ObjectNode spec = node.putObject("spec");
    spec.put("scheduleName", schedule.name());
    spec.set("includedNamespaces", Nodes.strings(List.of(stack.namespaceName())));
    spec.putObject("namespaceMapping").put(stack.namespaceName(), RestoreDrill.scratchNamespace(stack));
    spec.put("restorePVs", true);
    spec.put("existingResourcePolicy", "none");
    spec.put("preserveNodePorts", false);
    return node;
  }
}
