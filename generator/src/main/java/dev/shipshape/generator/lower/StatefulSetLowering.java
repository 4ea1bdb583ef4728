package dev.shipshape.generator.lower;

import dev.shipshape.generator.backup.BackupModel;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.generator.storage.StorageModel;

/**
 * A StatefulSet: governed by a headless Service, ordered (or parallel) pod management, rolling
 * updates with a partition, claims retained on delete and scale-down unless asked otherwise, and
 * one claim per replica from {@code volumeClaimTemplates}.
 */
final class StatefulSetLowering {

  private StatefulSetLowering() {}

  static Manifest lower(AppContext context, StorageModel storage, BackupModel backups) {
    App app = context.app();
    ObjectNode statefulSet = Nodes.resource("apps/v1", "StatefulSet", context.workloadMetadata());
    ObjectNode spec = statefulSet.putObject("spec");
    spec.put("serviceName", ServiceLowering.governingServiceName(app));
    spec.put("replicas", app.replicas());
    context.markAppValue(spec, "replicas", Parameters.replicas(app.name()));
    spec.put("podManagementPolicy", app.parallelPodManagement() ? "Parallel" : "OrderedReady");
    spec.put("revisionHistoryLimit", DeploymentLowering.REVISION_HISTORY);
    spec.set("selector", context.selector());
    spec.putObject("updateStrategy").put("type", "RollingUpdate")
        .putObject("rollingUpdate").put("partition", app.updatePartition().orElse(0));
    spec.putObject("persistentVolumeClaimRetentionPolicy")
        .put("whenDeleted", app.claimsWhenDeleted().kubernetesName())
        .put("whenScaled", app.claimsWhenScaled().kubernetesName());
    spec.set("template", PodTemplateLowering.lower(context, backups, "StatefulSet"));
    ArrayNode templates = ClaimLowering.templates(context, storage);
    if (!templates.isEmpty()) {
      spec.set("volumeClaimTemplates", templates);
    }
    return new Manifest(context.owner(), statefulSet);
  }
}
