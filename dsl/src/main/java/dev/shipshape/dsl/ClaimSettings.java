package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;

/**
 * What a PersistentVolumeClaim asks for; shared by stack-level {@link Claim claims} and the claims
 * {@link Persistence persist(...)} creates for an app.
 *
 * <pre>{@code
 * Claim.named("pvc-dynamic").size("1Gi").storageClass("gp3-encrypted")
 *     .accessModes(AccessMode.READ_WRITE_ONCE);
 * }</pre>
 */
public interface ClaimSettings {

  /** The storage requested, a quantity such as {@code 5Gi}. */
  String size();

  /** The access modes requested; {@link AccessMode#READ_WRITE_ONCE} when empty. */
  List<AccessMode> accessModes();

  /** The StorageClass; the stack's default class (or the cluster's) when empty. */
  Optional<String> storageClass();

  /** File system or raw block device; {@link VolumeMode#FILESYSTEM} when empty. */
  Optional<VolumeMode> volumeMode();

  /** A claim or snapshot to start from, instead of an empty volume. */
  Optional<DataSource> dataSource();

  /** The access modes in force: the declared ones, or ReadWriteOnce. */
  default List<AccessMode> effectiveAccessModes() {
    return accessModes().isEmpty() ? List.of(AccessMode.READ_WRITE_ONCE) : accessModes();
  }
}
