package dev.shipshape.dsl;

/** How Velero copies a volume's data. */
public enum BackupMethod {
  /** A volume snapshot through the CSI driver or the cloud's snapshot API (the default). */
  SNAPSHOT,
  /** File-system backup by Velero's node agent (Kopia), for volumes without snapshot support. */
  FILE_SYSTEM
}
