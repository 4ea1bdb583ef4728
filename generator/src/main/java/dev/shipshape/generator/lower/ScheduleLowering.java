package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupMethod;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.HookAnnotations;
import dev.shipshape.generator.backup.ScheduledBackup;
import dev.shipshape.generator.syntax.GoDuration;
import java.util.List;
import java.util.Optional;

/**
 * A Velero {@code Schedule} in the Velero namespace: the cron (or {@code @every}), ownership, pause
 * and skip flags, and the backup template — the stack's namespace, a label selector for the app
 * (an OR of selectors for a policy covering several), snapshots or file-system backup, retention as
 * a Go duration, the storage location, and hooks that do not fit pod annotations.
 */
final class ScheduleLowering {

  private ScheduleLowering() {}

  static Manifest lower(Stack stack, BackupModel model, ScheduledBackup schedule, Marks marks) {
    ObjectNode metadata = ObjectMetadata.velero(stack, schedule.name());
    ObjectNode node = Nodes.resource("velero.io/v1", "Schedule", metadata);
    ObjectNode spec = spec(stack, model, schedule);
    node.set("spec", spec);
    String prefix = stack.name() + "-";
    String key = schedule.name().startsWith(prefix) ? schedule.name().substring(prefix.length()) : schedule.name();
    marks.mark(spec, "schedule", Parameters.backupSchedule(key, schedule.name()));
    marks.mark((ObjectNode) spec.get("template"), "ttl", Parameters.backupRetention(key, schedule.name()));
    return new Manifest(Optional.empty(), node);
  }

  /** The Schedule's {@code spec}, shared with the Velero chart's {@code schedules} values. */
  static ObjectNode spec(Stack stack, BackupModel model, ScheduledBackup schedule) {
    Backups backups = schedule.backups();
    ObjectNode spec = Nodes.object();
    spec.put("schedule", BackupModel.expression(backups));
    spec.put("useOwnerReferencesInBackup", backups.ownedBySchedule());
    spec.put("paused", backups.paused());
    spec.put("skipImmediately", backups.skipImmediately());
    spec.set("template", template(stack, model, schedule));
    return spec;
  }

  private static ObjectNode template(Stack stack, BackupModel model, ScheduledBackup schedule) {
    Backups backups = schedule.backups();
    ObjectNode template = Nodes.object();
    template.set("includedNamespaces", Nodes.strings(List.of(stack.namespaceName())));
    List<App> apps = schedule.apps();
    if (apps.size() == 1) {
      template.set("labelSelector", AppContext.selectorOf(stack, apps.get(0)));
    } else {
      ArrayNode selectors = template.putArray("orLabelSelectors");
      apps.forEach(app -> selectors.add(AppContext.selectorOf(stack, app)));
    }
    boolean snapshots = backups.method() == BackupMethod.SNAPSHOT;
    template.put("snapshotVolumes", snapshots);
    template.put("defaultVolumesToFsBackup", false);
    if (snapshots) {
      template.put("snapshotMoveData", backups.moveSnapshotData());
      if (!stack.snapshotLocations().isEmpty()) {
        template.set("volumeSnapshotLocations",
            Nodes.strings(stack.snapshotLocations().stream().map(SnapshotLocation::name).toList()));
      }
    }
    model.storageLocationOf(schedule).ifPresent(location -> template.put("storageLocation", location));
    template.put("ttl", GoDuration.format(backups.retention()));
    ArrayNode resources = Nodes.array();
    for (App app : apps) {
      List<BackupHook> hooks = model.hooks(schedule, app);
      if (!hooks.isEmpty() && !model.hooksInAnnotations(app)) {
        resources.add(hookResource(stack, app, hooks));
      }
    }
    if (!resources.isEmpty()) {
      template.putObject("hooks").set("resources", resources);
    }
    return template;
  }

  private static ObjectNode hookResource(Stack stack, App app, List<BackupHook> hooks) {
    ObjectNode resource = Nodes.object();
    resource.put("name", app.name());
    resource.set("includedNamespaces", Nodes.strings(List.of(stack.namespaceName())));
    resource.set("includedResources", Nodes.strings(List.of("pods")));
    resource.set("labelSelector", AppContext.selectorOf(stack, app));
    for (BackupHook.Phase phase : BackupHook.Phase.values()) {
      List<BackupHook> inPhase = hooks.stream().filter(h -> h.phase() == phase).toList();
      if (inPhase.isEmpty()) {
        continue;
      }
      ArrayNode list = resource.putArray(phase == BackupHook.Phase.PRE ? "pre" : "post");
      for (BackupHook hook : inPhase) {
        ObjectNode exec = list.addObject().putObject("exec");
        exec.put("container", hook.container().orElse(app.name()));
        exec.set("command", Nodes.strings(hook.command()));
        exec.put("onError", HookAnnotations.onError(hook));
        exec.put("timeout", GoDuration.format(hook.timeout()));
      }
    }
    return resource;
  }
}
