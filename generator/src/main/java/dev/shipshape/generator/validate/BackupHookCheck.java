package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupMethod;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.EnvVar;
import dev.shipshape.dsl.PodVolume;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Volume;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.ScheduledBackup;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What runs around a backup and what file-system backup can copy: hooks name the app's container and
 * a command; database dumps are declared on a volume and read their password from a Secret-backed
 * variable a shell can expand; file-system backup never covers hostPath volumes.
 */
final class BackupHookCheck implements Check {

  static final Rule HOOK = Rule.error("BACKUP-HOOK", "a backup hook names a container the pod does not have, or no command");
  static final Rule DUMP_SECRET = Rule.error("BACKUP-DUMP-SECRET",
      "a database dump's password variable is not set from a Secret on the container");
  static final Rule DUMP_POLICY = Rule.error("BACKUP-DUMP-POLICY",
      "a database dump on a stack policy, which has no volume to write it to");
  static final Rule FSB_HOSTPATH = Rule.error("BACKUP-FSB-HOSTPATH",
      "file-system backup of an app with hostPath volumes, which Velero's node agent cannot copy");

  private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  @Override
  public List<Rule> rules() {
    return List.of(HOOK, DUMP_SECRET, DUMP_POLICY, FSB_HOSTPATH);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (ScheduledBackup schedule : BackupModel.of(stack).schedules()) {
      Where where = BackupScheduleCheck.where(stack, schedule);
      for (BackupHook hook : schedule.backups().hooks()) {
        checkHook(schedule, hook, where, findings);
      }
      schedule.backups().dump().ifPresent(dump -> {
        if (schedule.fromPolicy()) {
          findings.report(DUMP_POLICY, where, "backup policy '" + schedule.policy().get()
                  + "' takes a database dump, but only a volume's schedule gets a dump volume to write it to",
              "move .consistent(...) to the database's volume: .persist(path, size, Backups.daily(\"02:00\")"
                  + ".consistent(DatabaseDump." + (dump.engine() == DatabaseDump.Engine.MYSQL ? "mysql" : "postgres")
                  + "(\"" + dump.passwordVariable() + "\")))");
        } else {
          checkDumpPassword(schedule.apps().get(0), dump, where, findings);
        }
      });
      if (schedule.backups().method() == BackupMethod.FILE_SYSTEM) {
        for (App app : schedule.apps()) {
          checkHostPaths(schedule, app, where, findings);
        }
      }
    }
  }

  private static void checkHook(ScheduledBackup schedule, BackupHook hook, Where where, Findings findings) {
    if (hook.command().isEmpty() || hook.command().get(0).isBlank()) {
      findings.report(HOOK, where, "a " + phase(hook) + " hook of schedule '" + schedule.name() + "' has no command",
          "give the command and its arguments, e.g. BackupHook.pre(\"/bin/sh\", \"-c\", \"sync\")");
    }
    hook.container().ifPresent(container -> {
      for (App app : schedule.apps()) {
        if (!container.equals(app.name())) {
          findings.report(HOOK, where, "a " + phase(hook) + " hook runs in container '" + container + "' but the pods of app '"
                  + app.name() + "' have only container '" + app.name() + "'",
              "drop .inContainer(\"" + container + "\") to run in the app's container, or name '" + app.name() + "'");
        }
      }
    });
  }

  private static void checkDumpPassword(App app, DatabaseDump dump, Where where, Findings findings) {
    String variable = dump.passwordVariable();
    Optional<EnvVar> env = app.env().stream().filter(e -> e.name().equals(variable)).findFirst();
    if (env.isEmpty() || !(env.get().value() instanceof SecretRef)) {
      findings.report(DUMP_SECRET, where, "the database dump reads its password from $" + variable + ", but app '"
              + app.name() + "' " + (env.isEmpty() ? "does not set " + variable : "sets " + variable + " without a Secret"),
          ".env(\"" + variable + "\", SecretRef.of(\"<secret-name>\", \"password\")) on the app, or name the variable "
              + "that holds the password in DatabaseDump." + (dump.engine() == DatabaseDump.Engine.MYSQL ? "mysql" : "postgres")
              + "(\"<VARIABLE>\")");
    } else if (!SHELL_NAME.matcher(variable).matches()) {
      findings.report(DUMP_SECRET, where, "the dump reads $" + variable + " through /bin/sh, which cannot expand a "
              + "variable named like that", "name the variable with letters, digits and '_' only, e.g. 'DB_PASSWORD'");
    }
  }

  private static void checkHostPaths(ScheduledBackup schedule, App app, Where where, Findings findings) {
    for (PodVolume volume : app.volumes()) {
      if (volume.volume() instanceof Volume.HostPath hostPath) {
        findings.report(FSB_HOSTPATH, where, "schedule '" + schedule.name() + "' backs up app '" + app.name()
                + "' file by file, but its volume '" + volume.name() + "' is hostPath " + hostPath.path()
                + ", which Velero's node agent cannot back up: that data would be missing from every backup",
            "keep the data in a claim with .persist(\"" + hostPath.path() + "\", \"1Gi\"), or back up with volume "
                + "snapshots (drop .fileSystem())");
      }
    }
  }

  private static String phase(BackupHook hook) {
    return hook.phase() == BackupHook.Phase.PRE ? "pre" : "post";
  }
}
