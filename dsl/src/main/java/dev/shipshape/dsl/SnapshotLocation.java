package dev.shipshape.dsl;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a cloud provider keeps volume snapshots, rendered as a {@code VolumeSnapshotLocation}
 * (needed for the provider's native snapshots; CSI snapshots use VolumeSnapshotClasses instead).
 *
 * <pre>{@code
 * SnapshotLocation.aws("ebs").region("eu-central-1");
 * SnapshotLocation.gcp("pd").config("snapshotLocation", "europe-west3");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class SnapshotLocation {

  /** The location's name. */
  public abstract String name();

  /** The snapshot provider plugin. */
  public abstract BackupProvider provider();

  /** Provider-specific settings such as {@code region} or {@code resourceGroup}. */
  public abstract Map<String, String> config();

  /** The Secret key holding the provider credentials; workload identity when empty. */
  public abstract Optional<SecretRef> credentials();

  /** Where the user declared it. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** AWS EBS snapshots. */
  public static Builder aws(String name) {
    return start(name, BackupProvider.AWS);
  }

  /** Google persistent disk snapshots. */
  public static Builder gcp(String name) {
    return start(name, BackupProvider.GCP);
  }

  /** Azure managed disk snapshots. */
  public static Builder azure(String name) {
    return start(name, BackupProvider.AZURE);
  }

  private static Builder start(String name, BackupProvider provider) {
    return new Builder().name(name).provider(provider).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link SnapshotLocation}. */
  public static final class Builder extends ImmutableSnapshotLocation.Builder {

    Builder() {}

    /** The AWS region the snapshots live in. */
    public Builder region(String region) {
      return putConfig("region", region);
    }

    /** Any provider setting, e.g. {@code config("incremental", "true")}. */
    public Builder config(String key, String value) {
      return putConfig(key, value);
    }
  }
}
