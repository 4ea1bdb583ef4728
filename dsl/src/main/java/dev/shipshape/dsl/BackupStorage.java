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

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  BackupStorage() {}

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
    return new Builder(new ImmutableBackupStorage.Builder().name(name).provider(provider).bucket(bucket)
        .source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link BackupStorage}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableBackupStorage.Builder storage;

    Builder(ImmutableBackupStorage.Builder storage) {
      this.storage = storage;
    }

    /** Keeps backups under folder {@code prefix} of the bucket, e.g. {@code .prefix("shop")}. */
    public Builder prefix(String prefix) {
      storage.prefix(prefix);
      return this;
    }

    /**
     * Reads the provider credentials from a Secret key in Velero's namespace, e.g.
     * {@code .credentials(SecretRef.of("velero-cloud", "cloud"))}.
     */
    public Builder credentials(SecretRef secret) {
      storage.credentials(secret);
      return this;
    }

    /** The AWS region of the bucket, e.g. {@code .region("eu-central-1")}. */
    public Builder region(String region) {
      return config("region", region);
    }

    /**
     * An S3-compatible endpoint such as MinIO, addressed path-style, e.g.
     * {@code .endpoint("https://minio.example.org")}.
     */
    public Builder endpoint(String url) {
      return config("s3Url", url).config("s3ForcePathStyle", "true");
    }

    /** The Azure resource group of the storage account, e.g. {@code .resourceGroup("backups")}. */
    public Builder resourceGroup(String group) {
      return config("resourceGroup", group);
    }

    /** The Azure storage account, e.g. {@code .storageAccount("acmevelero")}. */
    public Builder storageAccount(String account) {
      return config("storageAccount", account);
    }

    /** Any provider setting, e.g. {@code config("kmsKeyId", "alias/velero")}. */
    public Builder config(String key, String value) {
      storage.putConfig(key, value);
      return this;
    }

    /** Makes this the location of schedules that name none, e.g. {@code .asDefault()}. */
    public Builder asDefault() {
      storage.isDefault(true);
      return this;
    }

    /** Allows restores only, e.g. {@code .readOnly()} on a DR cluster. */
    public Builder readOnly() {
      storage.readOnly(true);
      return this;
    }

    /** The storage location as declared. */
    public BackupStorage build() {
      return storage.build();
    }
  }
}
