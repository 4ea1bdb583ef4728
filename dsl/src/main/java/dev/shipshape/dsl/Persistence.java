package dev.shipshape.dsl;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Data an app keeps across restarts: a path in its container backed by a claim the app owns. A
 * Deployment gets one PersistentVolumeClaim {@code <app>-<name>}; a StatefulSet gets a
 * {@code volumeClaimTemplate} {@code <name>}, so each replica gets its own claim
 * {@code <name>-<app>-<ordinal>}. Created through {@code App.Builder.persist(...)}.
 *
 * <pre>{@code
 * App.statefulSet("db").image("mysql:8.4.3").port(3306)
 *     .persist("/var/lib/mysql", "5Gi");                                  // claim template "data"
 * App.statefulSet("db").image("mysql:8.4.3").port(3306)
 *     .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").keep(Duration.ofDays(30)));
 * App.deployment("uploads").image("ghcr.io/acme/uploads:2.0.1").port(8080)
 *     .persist("/srv/uploads", "20Gi", PersistOption.storageClass("gp3-encrypted"),
 *         PersistOption.named("files"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Persistence implements ClaimSettings {

  /** The name of the volume in the pod; {@code data} unless set. */
  @Value.Default
  public String name() {
    return "data";
  }

  /** Where the volume is mounted in the container. */
  public abstract String mountPath();

  /**
   * The backup schedule of the app's data, when {@code Backups} was given as an option. A schedule
   * backs up the whole app (its objects and every volume it persists), not this volume alone.
   */
  public abstract Optional<Backups> backups();

  /** Where the user declared it. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Starts persistence at {@code mountPath} of {@code size}. */
  static Builder at(String mountPath, String size) {
    return new Builder().mountPath(mountPath).size(size);
  }

  /** Fluent builder of {@link Persistence}; {@link PersistOption}s refine it. */
  public static final class Builder extends ImmutablePersistence.Builder {
    Builder() {}
  }
}
