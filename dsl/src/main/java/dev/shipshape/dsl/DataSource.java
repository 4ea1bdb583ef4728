package dev.shipshape.dsl;

import java.util.Objects;

/**
 * What a new claim starts with instead of an empty volume: a copy of another claim (a clone) or
 * the contents of a VolumeSnapshot (a restore). Rendered as the claim's {@code dataSourceRef}.
 *
 * <pre>{@code
 * Claim.named("uploads-restore").size("10Gi").restoredFrom("uploads-snap-1");
 * Claim.named("uploads-copy").size("10Gi").clonedFrom("uploads-data");
 * }</pre>
 *
 * @param kind what the source is
 * @param name the source object's name, in the stack's namespace
 */
public record DataSource(Kind kind, String name) {

  /** The kinds of source a claim can start from. */
  public enum Kind {
    /** A VolumeSnapshot ({@code snapshot.storage.k8s.io}). */
    SNAPSHOT,
    /** Another PersistentVolumeClaim: a clone. */
    CLAIM
  }

  public DataSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** The contents of VolumeSnapshot {@code name}. */
  public static DataSource snapshot(String name) {
    return new DataSource(Kind.SNAPSHOT, name);
  }

  /** A copy of PersistentVolumeClaim {@code name}. */
  public static DataSource claim(String name) {
    return new DataSource(Kind.CLAIM, name);
  }
}
