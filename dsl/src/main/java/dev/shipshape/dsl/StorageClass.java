package dev.shipshape.dsl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A StorageClass: how claims of the stack get volumes, on a CSI driver. Encrypted at rest where the
 * driver supports it, {@code Retain} (deleting a claim never deletes the data), expandable, and
 * provisioned in the zone of the first pod that uses it ({@code WaitForFirstConsumer}).
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .storageClass(StorageClass.awsEbs("gp3-encrypted")
 *         .kmsKey("arn:aws:kms:eu-west-1:111122223333:key/EXAMPLE").defaultClass())
 *     .storageClass(StorageClass.gcpPd("ssd").parameter("type", "pd-ssd"))
 *     .storageClass(StorageClass.nfs("shared", "nfs.example.internal", "/exports/shared"));
 * }</pre>
 *
 * <p>Legacy in-tree provisioners such as {@code kubernetes.io/aws-ebs} are refused, with the CSI
 * driver and parameters to use instead.
 */
@Value.Immutable
@ModelStyle
public abstract class StorageClass {

  /** AWS EBS CSI driver. */
  public static final String AWS_EBS = "ebs.csi.aws.com";
  /** Azure Disk CSI driver. */
  public static final String AZURE_DISK = "disk.csi.azure.com";
  /** Google Compute Engine Persistent Disk CSI driver. */
  public static final String GCP_PD = "pd.csi.storage.gke.io";
  /** NFS CSI driver. */
  public static final String NFS = "nfs.csi.k8s.io";
  /** Ceph RBD CSI driver. */
  public static final String CEPH_RBD = "rbd.csi.ceph.com";

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  StorageClass() {}

  /** The class's name, which claims refer to. */
  public abstract String name();

  /** The provisioner: a CSI driver name. */
  public abstract String provisioner();

  /** Driver parameters, e.g. {@code type: gp3}. */
  public abstract Map<String, String> parameters();

  /** What happens to a volume when its claim is deleted. */
  @Value.Default
  public Retention reclaimPolicy() {
    return Retention.RETAIN;
  }

  /** Whether claims may grow. */
  @Value.Default
  public boolean allowVolumeExpansion() {
    return true;
  }

  /** Whether volumes wait for the first pod, so they are created in its zone. */
  @Value.Default
  public boolean waitForFirstConsumer() {
    return true;
  }

  /** Whether claims without a class get this one. */
  @Value.Default
  public boolean defaultClass() {
    return false;
  }

  /** The customer-managed key volumes are encrypted with (ARN, key resource id…), if any. */
  public abstract Optional<String> encryptionKey();

  /** Why volumes of this class are not encrypted at rest; encryption stays on without it. */
  public abstract Optional<String> unencryptedReason();

  /** Mount options for every volume of the class. */
  public abstract List<String> mountOptions();

  /** Where the user declared it. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** AWS EBS gp3 volumes, encrypted with the account's EBS key unless {@link Builder#kmsKey}. */
  public static Builder awsEbs(String name) {
    return start(name, AWS_EBS).parameter("type", "gp3").parameter("csi.storage.k8s.io/fstype", "ext4");
  }

  /** Azure managed disks (StandardSSD_LRS), platform-encrypted; customer key via {@link Builder#kmsKey}. */
  public static Builder azureDisk(String name) {
    return start(name, AZURE_DISK).parameter("skuName", "StandardSSD_LRS");
  }

  /** GCP pd-balanced disks, Google-encrypted; CMEK via {@link Builder#kmsKey}. */
  public static Builder gcpPd(String name) {
    return start(name, GCP_PD).parameter("type", "pd-balanced")
        .parameter("csi.storage.k8s.io/fstype", "ext4");
  }

  /** Subdirectories of the NFS export {@code share} on {@code server} (NFS 4.1); serves ReadWriteMany. */
  public static Builder nfs(String name, String server, String share) {
    return start(name, NFS).parameter("server", server).parameter("share", share)
        .mountOptions("nfsvers=4.1").immediateBinding();
  }

  /** Ceph RBD images in {@code pool} of Ceph cluster {@code clusterId}, LUKS-encrypted. */
  public static Builder cephRbd(String name, String clusterId, String pool) {
    return start(name, CEPH_RBD).parameter("clusterID", clusterId).parameter("pool", pool)
        .parameter("imageFeatures", "layering")
        .parameter("csi.storage.k8s.io/fstype", "ext4");
  }

  /** Any other provisioner, with parameters you give. Legacy in-tree provisioners are refused. */
  public static Builder provisioner(String name, String provisioner) {
    return start(name, provisioner);
  }

  private static Builder start(String name, String provisioner) {
    return new Builder(new ImmutableStorageClass.Builder().name(name).provisioner(provisioner)
        .source(SourceLocation.ofCaller()));
  }

  /**
   * Fluent builder of a {@link StorageClass}: hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder {

    private final ImmutableStorageClass.Builder storageClass;

    Builder(ImmutableStorageClass.Builder storageClass) {
      this.storageClass = storageClass;
    }

    /**
     * Sets driver parameter {@code key} to {@code value}, e.g. {@code .parameter("type", "io2")}.
     */
    public Builder parameter(String key, String value) {
      storageClass.putParameters(key, value);
      return this;
    }

    /**
     * Encrypts volumes with the customer-managed key {@code key} (KMS ARN, disk encryption set,
     * CMEK), e.g. {@code .kmsKey("alias/ebs")}.
     */
    public Builder kmsKey(String key) {
      storageClass.encryptionKey(key);
      return this;
    }

    /**
     * Turns encryption at rest off; {@code reason} is mandatory and ends up in review, e.g.
     * {@code .unencrypted("scratch data")}.
     */
    public Builder unencrypted(String reason) {
      storageClass.unencryptedReason(reason);
      return this;
    }

    /** Makes this the class for claims that name none, e.g. {@code .defaultClass()}. */
    public Builder defaultClass() {
      storageClass.defaultClass(true);
      return this;
    }

    /**
     * Provisions volumes as soon as they are claimed, not in the zone of the first pod, e.g.
     * {@code .immediateBinding()}.
     */
    public Builder immediateBinding() {
      storageClass.waitForFirstConsumer(false);
      return this;
    }

    /**
     * What happens to a volume when its claim is deleted ({@code RETAIN} unless set), e.g.
     * {@code .reclaimPolicy(Retention.DELETE)}.
     */
    public Builder reclaimPolicy(Retention policy) {
      storageClass.reclaimPolicy(policy);
      return this;
    }

    /**
     * Keeps claims of this class from growing (they may grow unless set), e.g.
     * {@code .withoutVolumeExpansion()}.
     */
    public Builder withoutVolumeExpansion() {
      storageClass.allowVolumeExpansion(false);
      return this;
    }

    /**
     * Mounts every volume of the class with these options, e.g. {@code .mountOptions("noatime")};
     * each call adds.
     */
    public Builder mountOptions(String... options) {
      storageClass.addMountOptions(options);
      return this;
    }

    /**
     * Connects the Ceph CSI driver with Secret {@code secretName} in {@code secretNamespace}, e.g.
     * {@code .cephCredentials("ceph-csi", "csi-rbd-secret")}.
     */
    public Builder cephCredentials(String secretNamespace, String secretName) {
      for (String use : List.of("provisioner", "node-stage", "controller-expand")) {
        parameter("csi.storage.k8s.io/" + use + "-secret-name", secretName);
        parameter("csi.storage.k8s.io/" + use + "-secret-namespace", secretNamespace);
      }
      return this;
    }

    /** The StorageClass as declared. */
    public StorageClass build() {
      return storageClass.build();
    }
  }
}
