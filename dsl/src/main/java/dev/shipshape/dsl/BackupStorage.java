package dev.shipshape.dsl;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where Velero stores backups: a bucket in an object store, rendered as a
 * {@code BackupStorageLocation}. Keep it in a separate account or region from the cluster, so a
 * disaster that takes the cluster does not take its backups. Credentials come from a Secret in the
 * Velero namespace, never from the manifests.
 *
 * <pre>{@code
 * BackupStorage.s3("offsite", "acme-velero-prod").region("eu-central-1").prefix("shop")
 *     .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault();
 * BackupStorage.s3("lab", "velero").endpoint("https://minio.example.org").region("minio");
 * BackupStorage.gcs("gcs", "acme-velero");
 * BackupStorage.azureBlob("azure", "velero").resourceGroup("backups").storageAccount("acmevelero");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class BackupStorage {

  /** The location's name, referenced by schedules. */
  public abstract String name();

  /** The object store's provider plugin. */
  public abstract BackupProvider provider();

  /** The bucket (or Azure container). */
  public abstract String bucket();

  /** A folder inside the bucket, e.g. the cluster's name. */
  public abstract Optional<String> prefix();

  /** Provider-specific settings such as {@code region} or {@code s3Url}. */
  public abstract Map<String, String> config();

  /** The Secret key holding the provider credentials; workload identity when empty. */
  public abstract Optional<SecretRef> credentials();

  /** Whether schedules without an explicit location use this one. */
  @Value.Default
  public boolean isDefault() {
    return false;
  }

  /** Whether the cluster may only restore from it (a DR cluster reading another's backups). */
  @Value.Default
  public boolean readOnly() {
    return false;
  }

  /** Where the user declared it. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** An Amazon S3 bucket (or S3-compatible, see {@link Builder#endpoint(String)}). */
  public static Builder s3(String name, String bucket) {
    return start(name, BackupProvider.AWS, bucket);
  }

  /** A Google Cloud Storage bucket. */
  public static Builder gcs(String name, String bucket) {
    return start(name, BackupProvider.GCP, bucket);
  }

  /** An Azure Blob Storage container. */
  public static Builder azureBlob(String name, String container) {
    return start(name, BackupProvider.AZURE, container);
  }

  private static Builder start(String name, BackupProvider provider, String bucket) {
    return new Builder().name(name).provider(provider).bucket(bucket).source(SourceLocation.ofCaller());
  }

  /** Fluent builder of a {@link BackupStorage}. */
  public static final class Builder extends ImmutableBackupStorage.Builder {

    Builder() {}

    /** The AWS region of the bucket. */
    public Builder region(String region) {
      return putConfig("region", region);
    }

    /** An S3-compatible endpoint such as MinIO, addressed path-style. */
    public Builder endpoint(String url) {
      return putConfig("s3Url", url).putConfig("s3ForcePathStyle", "true");
    }

    /** The Azure resource group of the storage account. */
    public Builder resourceGroup(String group) {
      return putConfig("resourceGroup", group);
    }

    /** The Azure storage account. */
    public Builder storageAccount(String account) {
      return putConfig("storageAccount", account);
    }

    /** Any provider setting, e.g. {@code config("kmsKeyId", "alias/velero")}. */
    public Builder config(String key, String value) {
      return putConfig(key, value);
    }

    /** Makes this the location of schedules that name none. */
    public Builder asDefault() {
      return isDefault(true);
    }

    /** Allows restores only. */
    public Builder readOnly() {
      return readOnly(true);
    }
  }
}
