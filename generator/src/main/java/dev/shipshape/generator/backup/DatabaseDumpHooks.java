package dev.shipshape.generator.backup;

import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.DatabaseDump;
import java.time.Duration;
import java.util.List;

/**
 * The ready-made hooks of a {@link DatabaseDump}: a pre hook that writes a compressed logical dump
 * into the dump volume (through {@code /bin/sh -c}, the password read from the container's
 * Secret-backed variable), and a post hook that keeps only the newest dumps.
 *
 * <p>The dump goes to a hidden temporary file first and is renamed when complete, so a failed or
 * interrupted dump never looks like a good one; the pre hook fails the backup when the dump fails.
 * Paths and file names are generated (volume names are DNS labels), so the script needs no quoting
 * beyond the user name; an assignment such as {@code MYSQL_PWD=$VAR} is never split by the shell.
 *
 * <pre>{@code
 * List<BackupHook> hooks = DatabaseDumpHooks.of(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"), "data", "db");
 * }</pre>
 */
public final class DatabaseDumpHooks {

  /** How many dumps the post hook keeps in the dump volume. */
  public static final int KEPT_DUMPS = 2;

  private static final Duration PRUNE_TIMEOUT = Duration.ofMinutes(1);

  private DatabaseDumpHooks() {}

  /** The pre and post hooks dumping {@code dump} of data volume {@code dataVolume} in {@code container}. */
  public static List<BackupHook> of(DatabaseDump dump, String dataVolume, String container) {
    String directory = DatabaseDump.mountPath(dataVolume);
    String temporary = directory + "/.dump.sql";
    String command = switch (dump.engine()) {
      case MYSQL -> "MYSQL_PWD=$" + dump.passwordVariable() + " mysqldump --host=127.0.0.1 --user="
          + quote(dump.user()) + " --single-transaction --routines --events --triggers --all-databases";
      case POSTGRESQL -> "PGPASSWORD=$" + dump.passwordVariable() + " pg_dumpall --host=127.0.0.1 --username="
          + quote(dump.user()) + " --clean --if-exists";
    };
    String script = "set -eu; rm -f " + temporary + " " + temporary + ".gz; " + command + " > " + temporary
        + "; gzip " + temporary + "; mv " + temporary + ".gz " + directory + "/" + fileStem(dump)
        + "-$(date -u +%Y%m%dT%H%M%SZ).sql.gz";
    String prune = "set -eu; cd " + directory + "; ls -1t -- *.sql.gz 2>/dev/null | tail -n +" + (KEPT_DUMPS + 1)
        + " | while read -r f; do rm -f -- $f; done";
    return List.of(
        BackupHook.pre("/bin/sh", "-c", script).inContainer(container).timeout(dump.timeout()),
        BackupHook.post("/bin/sh", "-c", prune).inContainer(container).timeout(PRUNE_TIMEOUT));
  }

  /** The dump file's name before its time stamp. */
  public static String fileStem(DatabaseDump dump) {
    return switch (dump.engine()) {
      case MYSQL -> "mysql-all-databases";
      case POSTGRESQL -> "postgres-all-databases";
    };
  }

  /** {@code text} as one single-quoted shell word. */
  static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
