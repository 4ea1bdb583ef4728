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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Claim() {}

  /** The claim's name, unique in the stack. */
  public abstract String name();

  /** The static PersistentVolume this claim binds to ({@code volumeName}), if any. */
  public abstract Optional<String> boundVolume();

  /** Where the user declared this claim. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Starts a claim called {@code name}; give it a {@code size}. */
  public static Builder named(String name) {
    return new Builder(new ImmutableClaim.Builder().name(name).source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link Claim}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableClaim.Builder claim;

    Builder(ImmutableClaim.Builder claim) {
      this.claim = claim;
    }

    /** Requests {@code size} of storage, a quantity such as {@code .size("5Gi")}. */
    public Builder size(String size) {
      claim.size(size);
      return this;
    }

    /**
     * Requests these access modes (ReadWriteOnce when none are given), e.g.
     * {@code .accessModes(AccessMode.READ_WRITE_MANY)}.
     */
    public Builder accessModes(AccessMode... modes) {
      claim.accessModes(List.of(modes));
      return this;
    }

    /**
     * Provisions the volume with StorageClass {@code name}, e.g.
     * {@code .storageClass("gp3-encrypted")}.
     */
    public Builder storageClass(String name) {
      claim.storageClass(name);
      return this;
    }

    /** Asks for a file system or a raw block device, e.g. {@code .volumeMode(VolumeMode.BLOCK)}. */
    public Builder volumeMode(VolumeMode mode) {
      claim.volumeMode(mode);
      return this;
    }

    /**
     * Binds the claim to the static PersistentVolume {@code volumeName}, e.g.
     * {@code .boundTo("pv-demo")}.
     */
    public Builder boundTo(String volumeName) {
      claim.boundVolume(volumeName);
      return this;
    }

    /**
     * Starts the volume as a copy of claim {@code claimName} (same driver, size at least the
     * source's), e.g. {@code .clonedFrom("uploads-data")}.
     */
    public Builder clonedFrom(String claimName) {
      claim.dataSource(DataSource.claim(claimName));
      return this;
    }

    /**
     * Starts the volume from VolumeSnapshot {@code snapshotName}, e.g.
     * {@code .restoredFrom("uploads-snap-1")}.
     */
    public Builder restoredFrom(String snapshotName) {
      claim.dataSource(DataSource.snapshot(snapshotName));
      return this;
    }

    /** The claim as declared. */
    public Claim build() {
      return claim.build();
    }
  }
}
