package dev.shipshape.generator.backup;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupMethod;
import dev.shipshape.dsl.BackupPolicy;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.VolumeMode;
import dev.shipshape.generator.syntax.GoDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The backups of a stack, resolved: every Velero Schedule with the apps it covers, where each one
 * stores its backups, the hooks it runs in each app and the pod annotations those need. Shared by
 * validation and lowering so both see the same names.
 *
 * <p>Hooks of an app go into pod annotations when one schedule covers the app and it has at most one
 * pre and one post hook (Velero reads one of each from annotations, and annotations run for every
 * backup of the pod, manual ones included). Otherwise they go into each Schedule's
 * {@code template.hooks.resources}.
 *
 * <pre>{@code
 * BackupModel backups = BackupModel.of(stack);
 * backups.schedules();                      // [shop-db-data, shop-nightly]
 * backups.podAnnotations(db);               // {pre.hook.backup.velero.io/command=["/bin/sh","-c","…"], …}
 * }</pre>
 */
public final class BackupModel {

  /** The pod annotation naming the volumes Velero's node agent backs up file by file. */
  public static final String BACKUP_VOLUMES = "backup.velero.io/backup-volumes";

  private final Stack stack;
  private final List<ScheduledBackup> schedules;

  private BackupModel(Stack stack) {
    this.stack = stack;
    List<ScheduledBackup> found = new ArrayList<>();
    for (App app : stack.apps()) {
      for (Persistence persistence : app.persistence()) {
        persistence.backups().ifPresent(backups -> found.add(new ScheduledBackup(
            stack.name() + "-" + app.name() + "-" + persistence.name(), backups, List.of(app),
            Optional.of(persistence), Optional.empty(), backups.source().or(persistence::source))));
      }
    }
    for (BackupPolicy policy : stack.backupPolicies()) {
      List<App> covered = stack.apps().stream()
          .filter(app -> policy.apps().isEmpty() ? !app.persistence().isEmpty() : policy.apps().contains(app.name()))
          .toList();
      found.add(new ScheduledBackup(stack.name() + "-" + policy.name(), policy.backups(), covered,
          Optional.empty(), Optional.of(policy.name()), policy.source()));
    }
    this.schedules = List.copyOf(found);
  }

  /** The resolved backups of {@code stack}. */
  public static BackupModel of(Stack stack) {
    return new BackupModel(stack);
  }

  /**
   * The schedule as Velero reads it: a five-field cron, prefixed with {@code CRON_TZ=<zone>} when a
   * time zone is given, or {@code @every <Go duration>}.
   */
  public static String expression(Backups backups) {
    if (backups.interval().isPresent()) {
      return "@every " + GoDuration.format(backups.interval().get());
    }
    String cron = backups.cron().orElse("").trim();
    return backups.timeZone().map(zone -> "CRON_TZ=" + zone + " " + cron).orElse(cron);
  }

  /** Every schedule: those declared on volumes in app order, then the policies. */
  public List<ScheduledBackup> schedules() {
    return schedules;
  }

  /** Whether the stack backs anything up or defines where backups go. */
  public boolean isEmpty() {
    return schedules.isEmpty() && stack.backupStorages().isEmpty() && stack.snapshotLocations().isEmpty();
  }

  /** The schedules that back up {@code app}. */
  public List<ScheduledBackup> covering(App app) {
    return schedules.stream().filter(s -> s.apps().contains(app)).toList();
  }

  /** The location schedules without one use: the stack's default backup storage. */
  public Optional<BackupStorage> defaultStorage() {
    return stack.backupStorages().stream().filter(BackupStorage::isDefault).findFirst();
  }

  /** The backup storage location {@code schedule} writes to: its own, else the default. */
  public Optional<String> storageLocationOf(ScheduledBackup schedule) {
    return schedule.backups().storageLocation().or(() -> defaultStorage().map(BackupStorage::name));
  }

  /** Whether any schedule takes volume snapshots. */
  public boolean usesSnapshots() {
    return schedules.stream().anyMatch(s -> s.backups().method() == BackupMethod.SNAPSHOT);
  }

  /** Whether any schedule uses file-system backup (Velero's node agent). */
  public boolean usesFileSystemBackup() {
    return schedules.stream().anyMatch(s -> s.backups().method() == BackupMethod.FILE_SYSTEM);
  }

  /** The hooks {@code schedule} runs in {@code app}: its own, then the database dump's. */
  public List<BackupHook> hooks(ScheduledBackup schedule, App app) {
    List<BackupHook> hooks = new ArrayList<>(schedule.backups().hooks());
    if (schedule.persistence().isPresent() && schedule.apps().contains(app)) {
      schedule.backups().dump().ifPresent(dump ->
          hooks.addAll(DatabaseDumpHooks.of(dump, schedule.persistence().get().name(), app.name())));
    }
    return hooks;
  }

  /** Whether {@code app}'s hooks are written as pod annotations rather than in its schedules. */
  public boolean hooksInAnnotations(App app) {
    List<ScheduledBackup> covering = covering(app);
    if (covering.size() != 1) {
      return false;
    }
    List<BackupHook> hooks = hooks(covering.get(0), app);
    return count(hooks, BackupHook.Phase.PRE) <= 1 && count(hooks, BackupHook.Phase.POST) <= 1;
  }

  /** The volumes of {@code app} that file-system backup copies: its file-system persisted volumes. */
  public List<String> fileSystemVolumes(App app) {
    boolean fileSystem = covering(app).stream().anyMatch(s -> s.backups().method() == BackupMethod.FILE_SYSTEM);
    if (!fileSystem) {
      return List.of();
    }
    return app.persistence().stream()
        .filter(p -> p.volumeMode().orElse(VolumeMode.FILESYSTEM) == VolumeMode.FILESYSTEM)
        .map(Persistence::name).toList();
  }

  /** The Velero annotations on {@code app}'s pods, sorted: file-system volumes and hooks. */
  public Map<String, String> podAnnotations(App app) {
    Map<String, String> annotations = new TreeMap<>();
    List<String> volumes = fileSystemVolumes(app);
    if (!volumes.isEmpty()) {
      annotations.put(BACKUP_VOLUMES, String.join(",", volumes));
    }
    if (hooksInAnnotations(app)) {
      for (BackupHook hook : hooks(covering(app).get(0), app)) {
        annotations.putAll(HookAnnotations.of(hook, app.name()));
      }
    }
    return annotations;
  }

  private static long count(List<BackupHook> hooks, BackupHook.Phase phase) {
    return hooks.stream().filter(h -> h.phase() == phase).count();
  }
}
