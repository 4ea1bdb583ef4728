package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statically provisioned PersistentVolume: storage that exists outside Kubernetes, made
 * available to one {@link Claim} that binds to it with {@code boundTo(name)}. Cluster-scoped.
 *
 * <pre>{@code
 * Stack.named("pv-lab")
 *     .persistentVolume(PersistentVolume.named("pv-demo").capacity("1Gi")
 *         .hostPath("/mnt/data", "single-node lab cluster"))
 *     .claim(Claim.named("pvc-demo").size("500Mi").boundTo("pv-demo"));
 * }</pre>
 *
 * <p>The reclaim policy is {@code Retain} unless set otherwise: deleting the claim never deletes
 * the data.
 */
@Value.Immutable
@ModelStyle
public abstract class PersistentVolume {

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  PersistentVolume() {}

  /** The volume's name, unique in the cluster. */
  public abstract String name();

  /** How much it holds, e.g. {@code 1Gi}. */
  public abstract String capacity();

  /** How it may be mounted; {@link AccessMode#READ_WRITE_ONCE} when empty. */
  public abstract List<AccessMode> accessModes();

  /** The class claims must ask for to bind it; none ({@code ""}) when empty. */
  public abstract Optional<String> storageClass();

  /** File system or raw block device; {@link VolumeMode#FILESYSTEM} when empty. */
  public abstract Optional<VolumeMode> volumeMode();

  /** What happens to the data when its claim is deleted. */
  @Value.Default
  public Retention reclaimPolicy() {
    return Retention.RETAIN;
  }

  /** Where the storage lives. */
  public abstract VolumeSource volumeSource();

  /** Mount options passed to the node, e.g. {@code nfsvers=4.1}. */
  public abstract List<String> mountOptions();

  /** Where the user declared it. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** The access modes in force: the declared ones, or ReadWriteOnce. */
  public List<AccessMode> effectiveAccessModes() {
    return accessModes().isEmpty() ? List.of(AccessMode.READ_WRITE_ONCE) : accessModes();
  }

  /** Starts a PersistentVolume called {@code name}; give it a capacity and a source. */
  public static Builder named(String name) {
    return new Builder(new ImmutablePersistentVolume.Builder().name(name).source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link PersistentVolume}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutablePersistentVolume.Builder volume;

    Builder(ImmutablePersistentVolume.Builder volume) {
      this.volume = volume;
    }

    /** How much the volume holds, e.g. {@code .capacity("1Gi")}. */
    public Builder capacity(String capacity) {
      volume.capacity(capacity);
      return this;
    }

    /**
     * Offers these access modes (ReadWriteOnce when none are given), e.g.
     * {@code .accessModes(AccessMode.READ_WRITE_MANY)}.
     */
    public Builder accessModes(AccessMode... modes) {
      volume.accessModes(List.of(modes));
      return this;
    }

    /**
     * Binds only claims asking for class {@code name} (none unless set), e.g.
     * {@code .storageClass("manual")}.
     */
    public Builder storageClass(String name) {
      volume.storageClass(name);
      return this;
    }

    /** Offers a file system or a raw block device, e.g. {@code .volumeMode(VolumeMode.BLOCK)}. */
    public Builder volumeMode(VolumeMode mode) {
      volume.volumeMode(mode);
      return this;
    }

    /**
     * What happens to the data when its claim is deleted ({@code RETAIN} unless set), e.g.
     * {@code .reclaimPolicy(Retention.DELETE)}.
     */
    public Builder reclaimPolicy(Retention policy) {
      volume.reclaimPolicy(policy);
      return this;
    }

    /**
     * Passes mount options to the node, e.g. {@code .mountOptions("nfsvers=4.1")}; each call adds.
     */
    public Builder mountOptions(String... options) {
      volume.addMountOptions(options);
      return this;
    }

    /**
     * An existing volume {@code volumeHandle} of CSI driver {@code driver}, e.g.
     * {@code .csi("ebs.csi.aws.com", "vol-0a1b2c3d4e5f67890")}.
     */
    public Builder csi(String driver, String volumeHandle) {
      volume.volumeSource(new VolumeSource.Csi(driver, volumeHandle, Optional.empty()));
      return this;
    }

    /**
     * An existing volume of CSI driver {@code driver} with file system {@code fsType}, e.g.
     * {@code .csi("ebs.csi.aws.com", "vol-0a1b2c3d4e5f67890", "xfs")}.
     */
    public Builder csi(String driver, String volumeHandle, String fsType) {
      volume.volumeSource(new VolumeSource.Csi(driver, volumeHandle, Optional.of(fsType)));
      return this;
    }

    /**
     * The NFS export {@code path} of {@code server}, e.g. {@code .nfs("nfs.example.internal",
     * "/exports/data")}.
     */
    public Builder nfs(String server, String path) {
      volume.volumeSource(new VolumeSource.Nfs(server, path));
      return this;
    }

    /**
     * A directory of one node: refused without a reason, and always in production, e.g.
     * {@code .hostPath("/mnt/data")}.
     */
    public Builder hostPath(String path) {
      volume.volumeSource(Volume.hostPath(path));
      return this;
    }

    /**
     * A directory of one node, opted into with {@code reason}; never allowed in production, e.g.
     * {@code .hostPath("/mnt/data", "single-node lab")}.
     */
    public Builder hostPath(String path, String reason) {
      volume.volumeSource(Volume.hostPath(path).because(reason));
      return this;
    }

    /** The volume as declared. */
    public PersistentVolume build() {
      return volume.build();
    }
  }
}
