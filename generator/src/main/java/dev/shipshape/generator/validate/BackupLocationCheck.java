package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupMethod;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.ScheduledBackup;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.storage.StorageModel;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where backups go: every schedule writes to a backup storage location the stack defines (its own,
 * or the one default), which accepts writes; locations have valid unique names; and snapshot backups
 * of CSI volumes find a VolumeSnapshotClass for the driver.
 */
final class BackupLocationCheck implements Check {

  static final Rule LOCATION = Rule.error("BACKUP-LOCATION",
      "a schedule's backup storage location is not defined, read-only, or ambiguous");
  static final Rule SNAPSHOT_CLASS = Rule.warning("BACKUP-SNAPSHOT-CLASS",
      "snapshot backups of a CSI volume whose driver has no VolumeSnapshotClass in the stack");

  @Override
  public List<Rule> rules() {
    return List.of(LOCATION, SNAPSHOT_CLASS);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> names = new HashSet<>();
    for (BackupStorage storage : stack.backupStorages()) {
      checkName("backup storage location", storage.name(),
          names, Where.stack(stack, "backupStorage/" + storage.name()).at(storage.source()), findings);
    }
    Set<String> snapshotNames = new HashSet<>();
    for (SnapshotLocation location : stack.snapshotLocations()) {
      checkName("volume snapshot location", location.name(),
          snapshotNames, Where.stack(stack, "snapshotLocation/" + location.name()).at(location.source()), findings);
    }
    List<BackupStorage> defaults = stack.backupStorages().stream().filter(BackupStorage::isDefault).toList();
    if (defaults.size() > 1) {
      BackupStorage second = defaults.get(1);
      findings.report(LOCATION, Where.stack(stack, "backupStorage/" + second.name()).at(second.source()),
          "backup storage locations '" + defaults.get(0).name() + "' and '" + second.name()
              + "' are both the default; Velero keeps only one",
          "call .asDefault() on one location only");
    }
    BackupModel model = BackupModel.of(stack);
    StorageModel storage = StorageModel.of(stack);
    for (ScheduledBackup schedule : model.schedules()) {
      Where where = BackupScheduleCheck.where(stack, schedule);
      checkLocation(stack, model, schedule, where, findings);
      if (schedule.backups().method() == BackupMethod.SNAPSHOT) {
        checkSnapshotClasses(schedule, storage, where, findings);
      }
    }
  }

  private static void checkName(String what, String name, Set<String> names, Where where, Findings findings) {
    if (!Names.isDns1123Subdomain(name)) {
      findings.report(BackupScheduleCheck.NAME, where, what + " name '" + name + "' is not a valid object name",
          "use lowercase letters, digits, '-' and '.', e.g. '" + NameCheck.suggestLabel(name) + "'");
    } else if (!names.add(name)) {
      findings.report(BackupScheduleCheck.NAME, where, what + " '" + name + "' is declared twice",
          "give every " + what + " its own name");
    }
  }

  private static void checkLocation(Stack stack, BackupModel model, ScheduledBackup schedule, Where where,
      Findings findings) {
    Set<String> defined = new TreeSet<>();
    stack.backupStorages().forEach(s -> defined.add(s.name()));
    Optional<String> location = model.storageLocationOf(schedule);
    if (location.isEmpty()) {
      findings.report(LOCATION, where, "schedule '" + schedule.name() + "' names no backup storage location and the "
              + "stack has no default one" + (defined.isEmpty() ? "" : " (it defines " + defined + ")"),
          defined.isEmpty()
              ? "define where backups go, in an object store apart from the cluster: .backupStorage(BackupStorage"
                  + ".s3(\"offsite\", \"<bucket>\").region(\"<region>\").credentials(SecretRef.of(\"velero-cloud\", "
                  + "\"cloud\")).asDefault())"
              : "make one the default with .asDefault(), or name one with .to(\"" + defined.iterator().next() + "\")");
      return;
    }
    Optional<BackupStorage> target = stack.backupStorages().stream()
        .filter(s -> s.name().equals(location.get())).findFirst();
    if (target.isEmpty()) {
      findings.report(LOCATION, where, "schedule '" + schedule.name() + "' writes to backup storage location '"
              + location.get() + "', which the stack does not define" + (defined.isEmpty() ? "" : " (it defines "
              + defined + ")"),
          DidYouMean.closest(location.get(), defined).map(n -> "did you mean '" + n + "'?")
              .orElse("define it with .backupStorage(BackupStorage.s3(\"" + location.get() + "\", \"<bucket>\")...)"));
    } else if (target.get().readOnly()) {
      findings.report(LOCATION, where, "schedule '" + schedule.name() + "' writes to backup storage location '"
              + location.get() + "', which is read-only (for restores only)",
          "send the schedule to a writable location with .to(\"<name>\"), or drop .readOnly()");
    }
  }

  private static void checkSnapshotClasses(ScheduledBackup schedule, StorageModel storage, Where where,
      Findings findings) {
    Set<String> missing = new TreeSet<>();
    for (App app : schedule.apps()) {
      for (Persistence persistence : app.persistence()) {
        storage.driverOf(persistence).filter(driver -> storage.snapshotClassFor(driver).isEmpty())
            .ifPresent(missing::add);
      }
    }
    for (String driver : missing) {
      findings.report(SNAPSHOT_CLASS, where, "schedule '" + schedule.name() + "' snapshots volumes of " + driver
              + " but the stack has no VolumeSnapshotClass for it; Velero's CSI snapshots need one labelled "
              + "velero.io/csi-volumesnapshot-class",
          "add .snapshotClass(SnapshotClass.of(\"<name>\", \"" + driver + "\")), or back up file by file with "
              + ".fileSystem()");
    }
  }
}
