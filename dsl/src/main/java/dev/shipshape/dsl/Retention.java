package dev.shipshape.dsl;

/**
 * Whether storage outlives the object that owns it: a volume after its claim is deleted
 * ({@code reclaimPolicy}), a snapshot's content after the snapshot is deleted
 * ({@code deletionPolicy}), a StatefulSet's claims after it is deleted or scaled down.
 *
 * <pre>{@code
 * StorageClass.awsEbs("scratch").reclaimPolicy(Retention.DELETE);
 * }</pre>
 */
public enum Retention {
  /** Keep the data (Shipshape's default for data). */
  RETAIN("Retain"),
  /** Delete the data together with its owner. */
  DELETE("Delete");

  private final String kubernetesName;

  Retention(String kubernetesName) {
    this.kubernetesName = kubernetesName;
  }

  /** The name Kubernetes uses, e.g. {@code Retain}. */
  public String kubernetesName() {
    return kubernetesName;
  }
}
