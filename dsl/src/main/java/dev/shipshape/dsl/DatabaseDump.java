package dev.shipshape.dsl;

import java.time.Duration;
import java.util.Objects;

/**
 * A consistent logical dump of a database, taken by a pre-backup hook into a dedicated volume so
 * the backup captures a dump that can be restored, not only a crash-consistent data directory.
 *
 * <p>The dump volume is an extra claim next to the data ({@code <volume>-dump}, mounted at
 * {@code /var/backups/<volume>}; a second {@code volumeClaimTemplate} for a StatefulSet). Before each
 * backup Velero runs the dump through {@code /bin/sh -c}, reading the password from an environment
 * variable of the container that is set from a Secret, so no credential appears in the manifests;
 * after the backup a post hook keeps only the two newest dumps. MySQL and MariaDB use
 * {@code mysqldump --single-transaction} (a consistent InnoDB snapshot without locking writers);
 * PostgreSQL uses {@code pg_dumpall}. It deliberately avoids {@code FLUSH TABLES WITH READ LOCK}: a
 * hook running {@code mysql -e "FLUSH TABLES WITH READ LOCK"} exits at once, and the lock ends with
 * its session, so the snapshot would be taken without any lock.
 *
 * <pre>{@code
 * App.statefulSet("db").image("mysql:8.4.3").port(3306)
 *     .env("MYSQL_ROOT_PASSWORD", SecretRef.of("db-root", "password"))
 *     .persist("/var/lib/mysql", "5Gi",
 *         Backups.daily("02:00").keep(Duration.ofDays(30)).consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")));
 * }</pre>
 *
 * @param engine the database engine
 * @param user the database user the dump connects as
 * @param passwordVariable the container's environment variable holding that user's password
 * @param size the size of the dump volume
 * @param timeout how long the dump may run before the backup fails
 */
public record DatabaseDump(Engine engine, String user, String passwordVariable, String size, Duration timeout) {

  /** Database engines with a ready-made dump. */
  public enum Engine {
    /** MySQL and MariaDB. */
    MYSQL,
    /** PostgreSQL. */
    POSTGRESQL
  }

  private static final String DEFAULT_SIZE = "5Gi";
  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

  public DatabaseDump {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordVariable, "passwordVariable");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** A MySQL/MariaDB dump as {@code root}, with the password in {@code passwordVariable}. */
  public static DatabaseDump mysql(String passwordVariable) {
    return new DatabaseDump(Engine.MYSQL, "root", passwordVariable, DEFAULT_SIZE, DEFAULT_TIMEOUT);
  }

  /** A PostgreSQL dump as {@code postgres}, with the password in {@code passwordVariable}. */
  public static DatabaseDump postgres(String passwordVariable) {
    return new DatabaseDump(Engine.POSTGRESQL, "postgres", passwordVariable, DEFAULT_SIZE, DEFAULT_TIMEOUT);
  }

  /** The same dump, connecting as {@code name}. */
  public DatabaseDump asUser(String name) {
    return new DatabaseDump(engine, name, passwordVariable, size, timeout);
  }

  /** The same dump, with a dump volume of {@code quantity}, e.g. {@code "20Gi"}. */
  public DatabaseDump volumeSize(String quantity) {
    return new DatabaseDump(engine, user, passwordVariable, quantity, timeout);
  }

  /** The same dump, allowed to run for {@code limit} (15 minutes unless set). */
  public DatabaseDump timeout(Duration limit) {
    return new DatabaseDump(engine, user, passwordVariable, size, limit);
  }

  /** The name of the dump volume next to data volume {@code dataVolume}: {@code <dataVolume>-dump}. */
  public static String volumeName(String dataVolume) {
    return dataVolume + "-dump";
  }

  /** Where the dump volume of data volume {@code dataVolume} is mounted: {@code /var/backups/<dataVolume>}. */
  public static String mountPath(String dataVolume) {
    return "/var/backups/" + dataVolume;
  }
}
