package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * An on-demand VolumeSnapshot of one of the stack's claims — a stack-level {@link Claim}, or a
 * claim an app's {@code persist(...)} created ({@code <app>-<volume>} for a Deployment,
 * {@code <volume>-<app>-<ordinal>} for a StatefulSet). Restore it into a new claim with
 * {@code restoredFrom(name)}.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .snapshot(Snapshot.of("uploads-snap-1", "uploads-data"))
 *     .claim(Claim.named("uploads-restore").size("20Gi").restoredFrom("uploads-snap-1"));
 * }</pre>
 *
 * @param name the snapshot's name
 * @param claim the claim to snapshot
 * @param snapshotClass the VolumeSnapshotClass; the stack's class for the claim's driver when empty
 * @param source where the user declared it
 */
public record Snapshot(String name, String claim, Optional<String> snapshotClass,
    Optional<SourceLocation> source) {

  public Snapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(snapshotClass, "snapshotClass");
    Objects.requireNonNull(source, "source");
  }

  /** A snapshot called {@code name} of claim {@code claim}. */
  public static Snapshot of(String name, String claim) {
    return new Snapshot(name, claim, Optional.empty(), SourceLocation.ofCaller());
  }

  /** The same snapshot taken with VolumeSnapshotClass {@code className}. */
  public Snapshot snapshotClass(String className) {
    return new Snapshot(name, claim, Optional.of(className), source);
  }
}
