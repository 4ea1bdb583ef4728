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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  SnapshotLocation() {}

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
    return new Builder(new ImmutableSnapshotLocation.Builder().name(name).provider(provider)
        .source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link SnapshotLocation}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableSnapshotLocation.Builder location;

    Builder(ImmutableSnapshotLocation.Builder location) {
      this.location = location;
    }

    /** The AWS region the snapshots live in, e.g. {@code .region("eu-central-1")}. */
    public Builder region(String region) {
      return config("region", region);
    }

    /** Any provider setting, e.g. {@code config("incremental", "true")}. */
    public Builder config(String key, String value) {
      location.putConfig(key, value);
      return this;
    }

    /**
     * Reads the provider credentials from a Secret key in Velero's namespace, e.g.
     * {@code .credentials(SecretRef.of("velero-cloud", "cloud"))}.
     */
    public Builder credentials(SecretRef secret) {
      location.credentials(secret);
      return this;
    }

    /** The snapshot location as declared. */
    public SnapshotLocation build() {
      return location.build();
    }
  }
}
