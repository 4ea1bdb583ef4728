package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import java.time.DayOfWeek;
import java.time.Duration;

/**
 * Weekly backups kept three days: for four days of every week there is no backup at all. Shipshape
 * refuses the retention and says how long backups must be kept.
 */
public final class BackupTtlTooShort implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("backup-ttl-short")
        .backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .app(App.statefulSet("redis")
            .image("redis:7.4.1")
            .port("redis", 6379)
            .persist("/data", "2Gi", Backups.weekly(DayOfWeek.SUNDAY, "03:00").keep(Duration.ofDays(3))))
        .build();
  }
}
