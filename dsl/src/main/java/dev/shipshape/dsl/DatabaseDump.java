package dev.shipshape.dsl;

import java.util.Objects;

/**
 * A consistent logical dump of a database, taken by a pre-backup hook into a dedicated volume so
 * the snapshot captures a dump that can be restored, not a crash-consistent data directory.
 *
 * <p>The dump runs through {@code /bin/sh -c} and reads the password from an environment variable
 * of the container that is set from a Secret, so no credential appears in the manifests. MySQL and
 * MariaDB use {@code mysqldump --single-transaction} (consistent for InnoDB without locking);
 * PostgreSQL uses {@code pg_dumpall}. It deliberately avoids {@code FLUSH TABLES WITH READ LOCK},
 * whose lock ends as soon as the hook's client exits.
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
 */
public record DatabaseDump(Engine engine, String user, String passwordVariable, String size) {

  /** Database engines with a ready-made dump. */
  public enum Engine {
    /** MySQL and MariaDB. */
    MYSQL,
    /** PostgreSQL. */
    POSTGRESQL
  }

  public DatabaseDump {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordVariable, "passwordVariable");
    Objects.requireNonNull(size, "size");
  }

  /** A MySQL/MariaDB dump as {@code root}, with the password in {@code passwordVariable}. */
  public static DatabaseDump mysql(String passwordVariable) {
    return new DatabaseDump(Engine.MYSQL, "root", passwordVariable, "5Gi");
  }

  /** A PostgreSQL dump as {@code postgres}, with the password in {@code passwordVariable}. */
  public static DatabaseDump postgres(String passwordVariable) {
    return new DatabaseDump(Engine.POSTGRESQL, "postgres", passwordVariable, "5Gi");
  }

  /** The same dump, connecting as {@code name}. */
  public DatabaseDump asUser(String name) {
    return new DatabaseDump(engine, name, passwordVariable, size);
  }

  /** The same dump, with a dump volume of {@code quantity}, e.g. {@code "20Gi"}. */
  public DatabaseDump volumeSize(String quantity) {
    return new DatabaseDump(engine, user, passwordVariable, quantity);
  }
}
