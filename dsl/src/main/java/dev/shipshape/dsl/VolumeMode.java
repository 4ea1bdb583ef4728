package dev.shipshape.dsl;

/**
 * Whether a persistent volume is formatted with a file system or handed to the pod as a raw block
 * device.
 *
 * <pre>{@code
 * Claim.named("raw").size("10Gi").volumeMode(VolumeMode.BLOCK);
 * }</pre>
 */
public enum VolumeMode {
  /** A formatted file system mounted at a path (the default). */
  FILESYSTEM("Filesystem"),
  /** A raw block device. */
  BLOCK("Block");

  private final String kubernetesName;

  VolumeMode(String kubernetesName) {
    this.kubernetesName = kubernetesName;
  }

  /** The name Kubernetes uses, e.g. {@code Filesystem}. */
  public String kubernetesName() {
    return kubernetesName;
  }
}
