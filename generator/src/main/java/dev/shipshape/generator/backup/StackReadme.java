package dev.shipshape.generator.backup;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupMethod;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.WorkloadKind;
import dev.shipshape.generator.text.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code README.md} of a stack with backups: its schedules, where backups go, the files, how to
 * install Velero from the generated values, and the exact {@code kubectl}/{@code velero} commands to
 * run a restore drill for each schedule, verify it and clean up. Written with FreeMarker's
 * square-bracket syntax, so {@code ${…}} and {@code {{ }}} in the text stay literal.
 *
 * <pre>{@code
 * Optional<String> readme = StackReadme.render(stack); // empty for a stack without backups
 * }</pre>
 */
public final class StackReadme {

  /** The README's path, relative to the stack's directory. */
  public static final String PATH = "README.md";

  private static final Templates TEMPLATES = new Templates(StackReadme.class);

  private StackReadme() {}

  /** The README text, or empty when the stack has no backups. */
  public static Optional<String> render(Stack stack, String valuesPath) {
    BackupModel model = BackupModel.of(stack);
    if (model.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("stack", stack.name());
    data.put("namespace", stack.namespaceName());
    data.put("veleroNamespace", stack.veleroNamespace());
    data.put("scratch", RestoreDrill.scratchNamespace(stack));
    data.put("valuesPath", valuesPath);
    data.put("schedules", schedules(stack, model));
    data.put("locations", locations(stack));
    data.put("snapshotLocations", stack.snapshotLocations().stream().map(StackReadme::snapshotLocation).toList());
    data.put("fileSystem", model.usesFileSystemBackup());
    data.put("keptDumps", DatabaseDumpHooks.KEPT_DUMPS);
    return Optional.of(TEMPLATES.render("stack-readme.md.ftl", data));
  }

  private static List<Map<String, Object>> schedules(Stack stack, BackupModel model) {
    List<Map<String, Object>> schedules = new ArrayList<>();
    for (ScheduledBackup schedule : model.schedules()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("name", schedule.name());
      view.put("expression", BackupModel.expression(schedule.backups()));
      view.put("retention", DurationWords.of(schedule.backups().retention()));
      view.put("method", schedule.backups().method() == BackupMethod.SNAPSHOT
          ? (schedule.backups().moveSnapshotData() ? "volume snapshots, data moved to the bucket" : "volume snapshots")
          : "file-system backup");
      view.put("location", model.storageLocationOf(schedule).orElse(""));
      view.put("restore", RestoreDrill.restoreName(schedule));
      view.put("drill", RestoreDrill.path(schedule));
      view.put("paused", schedule.backups().paused());
      List<Map<String, Object>> apps = new ArrayList<>();
      for (App app : schedule.apps()) {
        Map<String, Object> appView = new LinkedHashMap<>();
        appView.put("name", app.name());
        appView.put("workload", (app.kind() == WorkloadKind.STATEFUL_SET ? "statefulset/" : "deployment/") + app.name());
        appView.put("pod", app.kind() == WorkloadKind.STATEFUL_SET ? app.name() + "-0" : "deploy/" + app.name());
        schedule.persistence().filter(p -> schedule.backups().dump().isPresent()).ifPresent(p -> {
          DatabaseDump dump = schedule.backups().dump().get();
          appView.put("dumpDirectory", DatabaseDump.mountPath(p.name()));
          appView.put("dumpVolume", DatabaseDump.volumeName(p.name()));
          appView.put("dumpTool", dump.engine() == DatabaseDump.Engine.MYSQL
              ? "mysqldump --single-transaction" : "pg_dumpall");
          appView.put("dumpFile", DatabaseDumpHooks.fileStem(dump) + "-<UTC time>.sql.gz");
          appView.put("dumpEnd", dump.engine() == DatabaseDump.Engine.MYSQL
              ? "-- Dump completed on …" : "-- PostgreSQL database cluster dump complete");
        });
        apps.add(appView);
      }
      view.put("apps", apps);
      schedules.add(view);
    }
    return schedules;
  }

  private static List<Map<String, Object>> locations(Stack stack) {
    List<Map<String, Object>> locations = new ArrayList<>();
    for (BackupStorage storage : stack.backupStorages()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("name", storage.name());
      view.put("provider", storage.provider().name().toLowerCase(Locale.ROOT));
      view.put("bucket", storage.bucket() + storage.prefix().map(p -> "/" + p).orElse(""));
      view.put("endpoint", storage.config().getOrDefault("s3Url", ""));
      view.put("isDefault", storage.isDefault());
      view.put("readOnly", storage.readOnly());
      view.put("credentials", storage.credentials().map(s -> "`" + s.name() + "` key `" + s.key() + "`")
          .orElse("workload identity"));
      locations.add(view);
    }
    return locations;
  }

  private static Map<String, Object> snapshotLocation(SnapshotLocation location) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", location.name());
    view.put("provider", location.provider().name().toLowerCase(Locale.ROOT));
    view.put("credentials", location.credentials().map(s -> "`" + s.name() + "` key `" + s.key() + "`")
        .orElse("workload identity"));
    return view;
  }
}
