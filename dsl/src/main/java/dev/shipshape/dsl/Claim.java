package dev.shipshape.dsl;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A PersistentVolumeClaim of the stack, for storage that is not owned by one app: bound to a
 * static {@link PersistentVolume}, provisioned by a {@link StorageClass}, cloned from another claim
 * or restored from a snapshot. Apps mount it with {@code .volume(name, Volume.claim("…"))}.
 *
 * <pre>{@code
 * Stack.named("pv-lab")
 *     .persistentVolume(PersistentVolume.named("pv-demo").capacity("1Gi")
 *         .hostPath("/mnt/data", "single-node lab cluster"))
 *     .claim(Claim.named("pvc-demo").size("500Mi").boundTo("pv-demo"))
 *     .claim(Claim.named("pvc-dynamic").size("1Gi").storageClass("gp3-encrypted"));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Claim implements ClaimSettings {

  /** The claim's name, unique in the stack. */
  public abstract String name();

  /** The static PersistentVolume this claim binds to ({@code volumeName}), if any. */
  public abstract Optional<String> boundVolume();

  /** Where the user declared this claim. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Starts a claim called {@code name}; give it a {@code size}. */
  public static Builder named(String name) {
    return new Builder().name(name).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link Claim}. */
  public static final class Builder extends ImmutableClaim.Builder {

    Builder() {}

    /** Requests these access modes (ReadWriteOnce when none are given). */
    public Builder accessModes(AccessMode... modes) {
      return accessModes(List.of(modes));
    }

    /** Binds the claim to the static PersistentVolume {@code volumeName}. */
    public Builder boundTo(String volumeName) {
      return boundVolume(volumeName);
    }

    /** Starts the volume as a copy of claim {@code claimName} (same driver, size at least the source's). */
    public Builder clonedFrom(String claimName) {
      return dataSource(DataSource.claim(claimName));
    }

    /** Starts the volume from VolumeSnapshot {@code snapshotName}. */
    public Builder restoredFrom(String snapshotName) {
      return dataSource(DataSource.snapshot(snapshotName));
    }
  }
}
