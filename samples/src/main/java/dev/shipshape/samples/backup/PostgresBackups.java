package dev.shipshape.samples.backup;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Volume;
import java.time.Duration;

/**
 * PostgreSQL on a cluster whose disks cannot be snapshotted: every six hours Velero's node agent
 * copies the volumes file by file (Kopia) into a Google Cloud Storage bucket, after a
 * {@code pg_dumpall} into the dump volume, and keeps each backup a week. The hooks fit Velero's pod
 * annotations, so manual backups of the pod take the dump too.
 */
public final class PostgresBackups implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("postgres")
        .cloud(Cloud.GCP)
        .backupStorage(BackupStorage.gcs("gcs-offsite", "acme-velero-postgres").prefix("postgres")
            .credentials(SecretRef.of("velero-gcp", "cloud")).asDefault())
        .app(App.statefulSet("postgres")
            .image("postgres:17.2")
            .component("database")
            .port("postgres", 5432)
            .env("POSTGRES_PASSWORD", SecretRef.of("postgres-superuser", "password"))
            .env("PGDATA", "/var/lib/postgresql/data/pgdata")
            .resources(Resources.requests("500m", "1Gi"))
            .volume("run", Volume.emptyDir("16Mi"))
            .mount("/var/run/postgresql", "run")
            .persist("/var/lib/postgresql/data", "20Gi", Backups.every(Duration.ofHours(6))
                .keep(Duration.ofDays(7)).fileSystem()
                .consistent(DatabaseDump.postgres("POSTGRES_PASSWORD").volumeSize("10Gi")))
            .service(Service.headless()))
        .build();
  }
}
