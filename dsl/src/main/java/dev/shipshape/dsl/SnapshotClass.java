package dev.shipshape.dsl;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A VolumeSnapshotClass: how a CSI driver takes snapshots. Rendered as the driver's default class
 * and labelled for Velero; snapshot contents are retained when a snapshot object is deleted unless
 * {@link #deletionPolicy(Retention)} says otherwise.
 *
 * <pre>{@code
 * Stack.named("shop").snapshotClass(SnapshotClass.of("ebs-snapshots", StorageClass.AWS_EBS));
 * }</pre>
 *
 * @param name the class's name
 * @param driver the CSI driver, e.g. {@code ebs.csi.aws.com}
 * @param deletionPolicy whether the backend snapshot outlives the VolumeSnapshot object
 * @param parameters driver-specific parameters (Azure {@code incremental}, GCP {@code storage-locations})
 * @param source where the user declared it
 */
public record SnapshotClass(String name, String driver, Retention deletionPolicy,
    Map<String, String> parameters, Optional<SourceLocation> source) {

  public SnapshotClass {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(deletionPolicy, "deletionPolicy");
    parameters = Map.copyOf(parameters);
    Objects.requireNonNull(source, "source");
  }

  /** Snapshots of {@code driver}'s volumes, retained by default. */
  public static SnapshotClass of(String name, String driver) {
    return new SnapshotClass(name, driver, Retention.RETAIN, Map.of(), SourceLocation.ofCaller());
  }

  /** The same class with another deletion policy. */
  public SnapshotClass deletionPolicy(Retention policy) {
    return new SnapshotClass(name, driver, policy, parameters, source);
  }

  /** The same class with driver parameter {@code key} set to {@code value}. */
  public SnapshotClass parameter(String key, String value) {
    return new SnapshotClass(name, driver, deletionPolicy, SortedEntries.with(parameters, key, value),
        source);
  }
}
