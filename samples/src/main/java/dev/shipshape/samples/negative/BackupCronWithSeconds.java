package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;

/**
 * A schedule copied from a Quartz-style example with a seconds field: Velero stores the Schedule,
 * then marks it FailedValidation and never backs up. Shipshape refuses it with the five-field fix.
 */
public final class BackupCronWithSeconds implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("backup-cron-seconds")
        .backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .app(App.statefulSet("redis")
            .image("redis:7.4.1")
            .port("redis", 6379)
            .persist("/data", "2Gi", Backups.cron("0 30 2 * * *")))
        .build();
  }
}
