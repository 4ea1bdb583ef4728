package dev.shipshape.dsl;

/**
 * How a persistent volume may be mounted.
 *
 * <pre>{@code
 * App.statefulSet("db").persist("/var/lib/mysql", "5Gi",
 *     PersistOption.accessMode(AccessMode.READ_WRITE_ONCE_POD));
 * }</pre>
 */
public enum AccessMode {
  /** Read-write by the pods of one node (the default; block disks support only this and RWOP). */
  READ_WRITE_ONCE("ReadWriteOnce"),
  /** Read-only by pods on many nodes. */
  READ_ONLY_MANY("ReadOnlyMany"),
  /** Read-write by pods on many nodes: needs a shared file system (NFS, CephFS, Azure Files). */
  READ_WRITE_MANY("ReadWriteMany"),
  /** Read-write by exactly one pod in the cluster (CSI volumes only). */
  READ_WRITE_ONCE_POD("ReadWriteOncePod");

  private final String kubernetesName;

  AccessMode(String kubernetesName) {
    this.kubernetesName = kubernetesName;
  }

  /** The name Kubernetes uses, e.g. {@code ReadWriteOnce}. */
  public String kubernetesName() {
    return kubernetesName;
  }

  /** Whether only one node (or one pod) may write to the volume at a time. */
  public boolean singleWriter() {
    return this == READ_WRITE_ONCE || this == READ_WRITE_ONCE_POD;
  }
}
