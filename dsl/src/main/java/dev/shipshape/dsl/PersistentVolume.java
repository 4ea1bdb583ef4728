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
    return new Builder().name(name).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link PersistentVolume}. */
  public static final class Builder extends ImmutablePersistentVolume.Builder {

    Builder() {}

    /** Offers these access modes (ReadWriteOnce when none are given). */
    public Builder accessModes(AccessMode... modes) {
      return accessModes(List.of(modes));
    }

    /** An existing volume {@code volumeHandle} of CSI driver {@code driver}. */
    public Builder csi(String driver, String volumeHandle) {
      return volumeSource(new VolumeSource.Csi(driver, volumeHandle, Optional.empty()));
    }

    /** The NFS export {@code path} of {@code server}. */
    public Builder nfs(String server, String path) {
      return volumeSource(new VolumeSource.Nfs(server, path));
    }

    /** A directory of one node: refused without a reason, and always in production. */
    public Builder hostPath(String path) {
      return volumeSource(Volume.hostPath(path));
    }

    /** A directory of one node, opted into with {@code reason}; never allowed in production. */
    public Builder hostPath(String path, String reason) {
      return volumeSource(Volume.hostPath(path).because(reason));
    }
  }
}
