package dev.shipshape.samples.backup;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupPolicy;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;
import java.time.DayOfWeek;
import java.time.Duration;

/**
 * A production shop whose data lives in three apps. One stack-level policy backs all of them up
 * every night (one Schedule, an OR of label selectors), moving snapshot data into a MinIO bucket so
 * it survives losing the cluster; the order database also has its own weekly schedule with a
 * consistent dump, kept 90 days. Because two schedules cover the database and the search index runs
 * two pre hooks, hooks go into the Schedules' {@code hooks.resources} instead of pod annotations. A
 * read-only Azure location lets this cluster restore another region's backups.
 */
public final class BackupPolicyStack implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("backup-policy")
        .cloud(Cloud.AWS)
        .production()
        .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
        .snapshotClass(SnapshotClass.of("ebs-snapshots", StorageClass.AWS_EBS))
        .backupStorage(BackupStorage.s3("minio-offsite", "shop-backups").endpoint("https://minio.backup.example.org")
            .region("minio").prefix("backup-policy").credentials(SecretRef.of("velero-minio", "cloud")).asDefault())
        .backupStorage(BackupStorage.azureBlob("dr-westeurope", "velero").resourceGroup("backups-weu")
            .storageAccount("acmeveleroweu").credentials(SecretRef.of("velero-azure", "cloud")).readOnly())
        .snapshotLocation(SnapshotLocation.aws("ebs-eu-west-1").region("eu-west-1"))
        .backupPolicy(BackupPolicy.named("nightly").covering("orders-db", "search", "uploads")
            .with(Backups.daily("01:00").keep(Duration.ofDays(14)).moveSnapshotData()
                .hook(BackupHook.pre("/bin/sh", "-c", "sync").timeout(Duration.ofSeconds(60)))))
        .app(App.statefulSet("orders-db")
            .image("mysql:8.4.3@sha256:5e2b1f4a9c0d3e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f")
            .component("database")
            .port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("orders-db-root", "password"))
            .volume("run", Volume.emptyDir("16Mi"))
            .mount("/var/run/mysqld", "run")
            .persist("/var/lib/mysql", "20Gi", Backups.weekly(DayOfWeek.SUNDAY, "03:30").keep(Duration.ofDays(90))
                .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD").volumeSize("20Gi")))
            .service(Service.headless()))
        .app(App.deployment("search")
            .image("ghcr.io/acme/search:3.2.0@sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809")
            .port(9200)
            .persist("/usr/share/search/data", "10Gi")
            .expose())
        .app(App.deployment("uploads")
            .image("ghcr.io/acme/uploads:2.0.1@sha256:2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809a1")
            .port(8080)
            .persist("/srv/uploads", "50Gi")
            .expose())
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1@sha256:3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809a1b2")
            .port(8080)
            .replicas(2)
            .expose()
            .allowFromNamespace("edge")
            .allowTo("orders-db")
            .allowTo("search")
            .allowTo("uploads"))
        .build();
  }
}
