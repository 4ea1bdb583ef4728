package dev.shipshape.dsl;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the storage of a static {@link PersistentVolume} lives: an existing CSI volume, an NFS
 * export, or (labs only) a node directory.
 *
 * <pre>{@code
 * PersistentVolume.named("legacy-data").capacity("100Gi")
 *     .csi("ebs.csi.aws.com", "vol-0a1b2c3d4e5f67890");
 * PersistentVolume.named("pv-demo").capacity("1Gi")
 *     .hostPath("/mnt/data", "single-node lab cluster");
 * }</pre>
 */
public sealed interface VolumeSource permits VolumeSource.Csi, VolumeSource.Nfs, Volume.HostPath {

  /**
   * A volume that already exists in a CSI driver's backend.
   *
   * @param driver the CSI driver, e.g. {@code ebs.csi.aws.com}
   * @param volumeHandle the backend's id of the volume, e.g. {@code vol-0a1b2c3d4e5f67890}
   * @param fsType the file system, when the driver needs it
   */
  record Csi(String driver, String volumeHandle, Optional<String> fsType) implements VolumeSource {
    public Csi {
      Objects.requireNonNull(driver, "driver");
      Objects.requireNonNull(volumeHandle, "volumeHandle");
      Objects.requireNonNull(fsType, "fsType");
    }
  }

  /**
   * An NFS export.
   *
   * @param server the NFS server's host name or address
   * @param path the exported path
   */
  record Nfs(String server, String path) implements VolumeSource {
    public Nfs {
      Objects.requireNonNull(server, "server");
      Objects.requireNonNull(path, "path");
    }
  }
}
