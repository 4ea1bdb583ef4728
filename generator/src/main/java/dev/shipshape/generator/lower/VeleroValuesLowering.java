package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.BackupProvider;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.ScheduledBackup;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Values for the upstream Velero Helm chart (vmware-tanzu/velero), so a platform team installs
 * Velero configured from the same model: one pinned provider plugin init container per provider,
 * the backup storage and snapshot locations, {@code EnableCSI} when schedules take snapshots, the
 * node agent when they back up file by file, the default location's credentials Secret, and the
 * stack's schedules — disabled, because the stack applies the same Schedules itself; enable them
 * only when the chart should own them instead.
 */
final class VeleroValuesLowering {

  /** Plugin images per provider, pinned to releases compatible with Velero 1.17/1.18. */
  static final Map<BackupProvider, String> PLUGINS = Map.of(
      BackupProvider.AWS, "velero/velero-plugin-for-aws:v1.13.1",
      BackupProvider.GCP, "velero/velero-plugin-for-gcp:v1.13.0",
      BackupProvider.AZURE, "velero/velero-plugin-for-microsoft-azure:v1.13.0");

  /** The chart mounts the default credentials Secret's {@code cloud} key, and only that key. */
  private static final String CHART_CREDENTIALS_KEY = "cloud";

  private VeleroValuesLowering() {}

  static ObjectNode lower(Stack stack, BackupModel model) {
    ObjectNode values = Nodes.object();
    ArrayNode plugins = values.putArray("initContainers");
    for (BackupProvider provider : providers(stack)) {
      String image = PLUGINS.get(provider);
      ObjectNode plugin = plugins.addObject();
      plugin.put("name", image.substring(image.indexOf('/') + 1, image.indexOf(':')));
      plugin.put("image", image);
      plugin.put("imagePullPolicy", "IfNotPresent");
      plugin.putArray("volumeMounts").addObject().put("mountPath", "/target").put("name", "plugins");
    }
    ObjectNode configuration = values.putObject("configuration");
    ArrayNode locations = configuration.putArray("backupStorageLocation");
    for (BackupStorage storage : stack.backupStorages()) {
      ObjectNode location = locations.addObject();
      location.put("name", storage.name());
      location.put("provider", BackupStorageLocationLowering.provider(storage.provider()));
      location.put("bucket", storage.bucket());
      storage.prefix().ifPresent(prefix -> location.put("prefix", prefix));
      location.put("default", storage.isDefault());
      location.put("accessMode", storage.readOnly() ? "ReadOnly" : "ReadWrite");
      if (!storage.config().isEmpty()) {
        location.set("config", Nodes.map(new TreeMap<>(storage.config())));
      }
      storage.credentials().ifPresent(secret -> location.set("credential",
          BackupStorageLocationLowering.credential(secret)));
    }
    ArrayNode snapshotLocations = configuration.putArray("volumeSnapshotLocation");
    for (SnapshotLocation snapshot : stack.snapshotLocations()) {
      ObjectNode location = snapshotLocations.addObject();
      location.put("name", snapshot.name());
      location.put("provider", BackupStorageLocationLowering.provider(snapshot.provider()));
      if (!snapshot.config().isEmpty()) {
        location.set("config", Nodes.map(new TreeMap<>(snapshot.config())));
      }
      snapshot.credentials().ifPresent(secret -> location.set("credential",
          BackupStorageLocationLowering.credential(secret)));
    }
    if (model.usesSnapshots()) {
      configuration.put("features", "EnableCSI");
    }
    configuration.put("defaultVolumesToFsBackup", false);
    configuration.put("uploaderType", "kopia");
    ObjectNode credentials = values.putObject("credentials");
    model.defaultStorage().flatMap(BackupStorage::credentials)
        .filter(secret -> secret.key().equals(CHART_CREDENTIALS_KEY))
        .ifPresentOrElse(secret -> credentials.put("useSecret", true).put("existingSecret", secret.name()),
            () -> credentials.put("useSecret", false));
    values.put("snapshotsEnabled", model.usesSnapshots());
    values.put("deployNodeAgent", model.usesFileSystemBackup());
    if (model.usesFileSystemBackup()) {
      values.putObject("namespace").putObject("labels").put("pod-security.kubernetes.io/enforce", "privileged");
    }
    ObjectNode schedules = values.putObject("schedules");
    for (ScheduledBackup schedule : model.schedules()) {
      ObjectNode entry = schedules.putObject(schedule.name());
      entry.put("disabled", true);
      entry.setAll(ScheduleLowering.spec(stack, model, schedule));
    }
    return values;
  }

  private static Set<BackupProvider> providers(Stack stack) {
    Set<BackupProvider> providers = EnumSet.noneOf(BackupProvider.class);
    stack.backupStorages().forEach(s -> providers.add(s.provider()));
    stack.snapshotLocations().forEach(s -> providers.add(s.provider()));
    return providers;
  }
}
