package dev.shipshape.dsl;

import java.util.List;
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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Persistence() {}

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

  /** Starts persistence at {@code mountPath} of {@code size}, declared at {@code source}. */
  static Builder at(String mountPath, String size, Optional<SourceLocation> source) {
    return new Builder(new ImmutablePersistence.Builder().mountPath(mountPath).size(size).source(source));
  }

  /**
   * The volume {@code <name>-dump} that {@code dump} writes into before each backup: its own claim
   * of the dump's size, in this volume's storage class.
   */
  Persistence dumpVolume(DatabaseDump dump) {
    return new ImmutablePersistence.Builder()
        .mountPath(DatabaseDump.mountPath(name()))
        .size(dump.size())
        .name(DatabaseDump.volumeName(name()))
        .storageClass(storageClass())
        .source(source())
        .build();
  }

  /**
   * Fluent builder of {@link Persistence}, refined by the {@link PersistOption}s of
   * {@code persist(path, size, options...)}; each verb delegates to the generated builder (see
   * {@link App.Builder}).
   */
  public static final class Builder {

    private final ImmutablePersistence.Builder persistence;

    Builder(ImmutablePersistence.Builder persistence) {
      this.persistence = persistence;
    }

    /**
     * Provisions the volume with StorageClass {@code name}, e.g.
     * {@code .storageClass("gp3-encrypted")}.
     */
    public Builder storageClass(String name) {
      persistence.storageClass(name);
      return this;
    }

    /**
     * Requests {@code mode} instead of ReadWriteOnce, e.g.
     * {@code .accessMode(AccessMode.READ_WRITE_ONCE_POD)}.
     */
    public Builder accessMode(AccessMode mode) {
      persistence.accessModes(List.of(mode));
      return this;
    }

    /** Names the volume {@code name} instead of {@code data}, e.g. {@code .named("files")}. */
    public Builder named(String name) {
      persistence.name(name);
      return this;
    }

    /** Hands the volume to the container as a raw block device, e.g. {@code .block()}. */
    public Builder block() {
      persistence.volumeMode(VolumeMode.BLOCK);
      return this;
    }

    /**
     * Starts the volume from VolumeSnapshot {@code snapshotName}, e.g.
     * {@code .restoredFrom("data-snap-1")}.
     */
    public Builder restoredFrom(String snapshotName) {
      persistence.dataSource(DataSource.snapshot(snapshotName));
      return this;
    }

    /**
     * Starts the volume as a copy of claim {@code claimName}, e.g.
     * {@code .clonedFrom("data-db-0")}.
     */
    public Builder clonedFrom(String claimName) {
      persistence.dataSource(DataSource.claim(claimName));
      return this;
    }

    /**
     * Backs up the app whose data this is on {@code schedule}, e.g.
     * {@code .backups(Backups.daily("02:00"))}.
     */
    public Builder backups(Backups.Builder schedule) {
      persistence.backups(schedule.build());
      return this;
    }

    Persistence build() {
      return persistence.build();
    }
  }
}
