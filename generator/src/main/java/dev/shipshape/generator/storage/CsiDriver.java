package dev.shipshape.generator.storage;

import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.StorageClass;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What Shipshape knows about the CSI drivers it has StorageClass factories for: the access modes
 * their volumes serve, and how they take encryption at rest.
 *
 * <pre>{@code
 * CsiDriver.of("ebs.csi.aws.com");   // Optional[AWS_EBS]
 * CsiDriver.AWS_EBS.serves(AccessMode.READ_WRITE_MANY);   // false: a block disk
 * }</pre>
 */
public enum CsiDriver {
  /** AWS EBS: {@code encrypted} + {@code kmsKeyId}, off unless asked for, so Shipshape asks. */
  AWS_EBS(StorageClass.AWS_EBS, "StorageClass.awsEbs", Encryption.SWITCHED, "encrypted", "kmsKeyId"),
  /** Azure Disk: always platform-encrypted; a customer key through a disk encryption set. */
  AZURE_DISK(StorageClass.AZURE_DISK, "StorageClass.azureDisk", Encryption.ALWAYS, "", "diskEncryptionSetID"),
  /** GCP PD: always Google-encrypted; CMEK through a KMS key. */
  GCP_PD(StorageClass.GCP_PD, "StorageClass.gcpPd", Encryption.ALWAYS, "", "disk-encryption-kms-key"),
  /** NFS: shares; encryption at rest is the NFS server's business. */
  NFS(StorageClass.NFS, "StorageClass.nfs", Encryption.NONE, "", ""),
  /** Ceph RBD: LUKS encryption with {@code encrypted} + {@code encryptionKMSID}. */
  CEPH_RBD(StorageClass.CEPH_RBD, "StorageClass.cephRbd", Encryption.SWITCHED, "encrypted", "encryptionKMSID");

  /** How a driver takes encryption at rest. */
  public enum Encryption {
    /** A parameter switches it on and off; Shipshape switches it on. */
    SWITCHED,
    /** Always on; only the key can be chosen. */
    ALWAYS,
    /** The driver has no encryption at rest of its own. */
    NONE
  }

  /** In-tree provisioners, removed from Kubernetes, and the CSI drivers that replace them. */
  private static final Map<String, String> IN_TREE = Map.of(
      "kubernetes.io/aws-ebs", StorageClass.AWS_EBS,
      "kubernetes.io/gce-pd", StorageClass.GCP_PD,
      "kubernetes.io/azure-disk", StorageClass.AZURE_DISK,
      "kubernetes.io/azure-file", "file.csi.azure.com",
      "kubernetes.io/cinder", "cinder.csi.openstack.org",
      "kubernetes.io/vsphere-volume", "csi.vsphere.vmware.com",
      "kubernetes.io/portworx-volume", "pxd.portworx.com",
      "kubernetes.io/rbd", StorageClass.CEPH_RBD,
      "kubernetes.io/cephfs", "cephfs.csi.ceph.com");

  private static final Set<AccessMode> DISK_MODES =
      EnumSet.of(AccessMode.READ_WRITE_ONCE, AccessMode.READ_WRITE_ONCE_POD);

  private final String name;
  private final String factory;
  private final Encryption encryption;
  private final String switchParameter;
  private final String keyParameter;

  CsiDriver(String name, String factory, Encryption encryption, String switchParameter,
      String keyParameter) {
    this.name = name;
    this.factory = factory;
    this.encryption = encryption;
    this.switchParameter = switchParameter;
    this.keyParameter = keyParameter;
  }

  /** The known driver called {@code provisioner} (Rook's {@code <ns>.rbd.csi.ceph.com} included). */
  public static Optional<CsiDriver> of(String provisioner) {
    for (CsiDriver driver : values()) {
      if (driver.name.equals(provisioner) || provisioner.endsWith("." + driver.name)) {
        return Optional.of(driver);
      }
    }
    return Optional.empty();
  }

  /** The CSI driver replacing the in-tree provisioner {@code provisioner}, if it is one. */
  public static Optional<String> replacementOf(String provisioner) {
    return Optional.ofNullable(IN_TREE.get(provisioner));
  }

  /** The driver's name, e.g. {@code ebs.csi.aws.com}. */
  public String driverName() {
    return name;
  }

  /** The DSL factory for classes of this driver, e.g. {@code StorageClass.awsEbs}. */
  public String factory() {
    return factory;
  }

  /** How the driver takes encryption at rest. */
  public Encryption encryption() {
    return encryption;
  }

  /** The parameter that switches encryption on ({@code encrypted}); empty unless SWITCHED. */
  public String switchParameter() {
    return switchParameter;
  }

  /** The parameter naming a customer-managed key; empty when there is none. */
  public String keyParameter() {
    return keyParameter;
  }

  /** Whether volumes of this driver can be mounted with {@code mode}. */
  public boolean serves(AccessMode mode) {
    return this == NFS || DISK_MODES.contains(mode);
  }
}
