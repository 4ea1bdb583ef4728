package dev.shipshape.dsl;

/**
 * A refinement of {@code App.Builder.persist(path, size, options...)}: the storage class, the
 * access mode, the volume's name, where its data comes from. Later options win.
 *
 * <pre>{@code
 * App.statefulSet("db").image("postgres:17.2").port(5432)
 *     .persist("/var/lib/postgresql/data", "20Gi",
 *         PersistOption.storageClass("gp3-encrypted"),
 *         PersistOption.accessMode(AccessMode.READ_WRITE_ONCE_POD));
 * }</pre>
 *
 * <p>Implement it to add options of your own: each option refines the builder it is given.
 */
@FunctionalInterface
public interface PersistOption {

  /** Applies this option to {@code persistence}. */
  Persistence.Builder applyTo(Persistence.Builder persistence);

  /** Provisions the volume with StorageClass {@code name}. */
  static PersistOption storageClass(String name) {
    return persistence -> persistence.storageClass(name);
  }

  /** Requests {@code mode} instead of ReadWriteOnce. */
  static PersistOption accessMode(AccessMode mode) {
    return persistence -> persistence.accessMode(mode);
  }

  /** Names the volume {@code name} instead of {@code data}. */
  static PersistOption named(String name) {
    return persistence -> persistence.named(name);
  }

  /** Hands the volume to the container as a raw block device. */
  static PersistOption block() {
    return Persistence.Builder::block;
  }

  /** Starts the volume from VolumeSnapshot {@code snapshotName}. */
  static PersistOption restoredFrom(String snapshotName) {
    return persistence -> persistence.restoredFrom(snapshotName);
  }

  /** Starts the volume as a copy of claim {@code claimName}. */
  static PersistOption clonedFrom(String claimName) {
    return persistence -> persistence.clonedFrom(claimName);
  }
}
