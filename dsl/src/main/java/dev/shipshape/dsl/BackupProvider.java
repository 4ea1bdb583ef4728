package dev.shipshape.dsl;

/** The object store and snapshot API family behind a Velero location (its plugin). */
public enum BackupProvider {
  /** Amazon S3 or an S3-compatible store (MinIO, Ceph RGW…); EBS snapshots. */
  AWS,
  /** Google Cloud Storage; persistent disk snapshots. */
  GCP,
  /** Azure Blob Storage; managed disk snapshots. */
  AZURE
}
