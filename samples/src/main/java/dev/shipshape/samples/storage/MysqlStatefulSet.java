package dev.shipshape.samples.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;
import java.time.Duration;

/**
 * The source material's StatefulSet lab: MySQL, three replicas with 5Gi each. The lab writes the
 * root password into the manifest; here it comes from a Secret. The lab's {@code serviceName: mysql}
 * is the app's headless Service; every replica gets its own claim {@code data-mysql-<n>}, kept when
 * the StatefulSet is deleted or scaled down. MySQL writes its socket under {@code /var/run/mysqld},
 * so that gets scratch space next to the read-only root file system.
 *
 * <p>Backed up daily at 02:00 UTC and kept 30 days, to an S3 bucket in another account: before each
 * snapshot a {@code mysqldump --single-transaction} writes a consistent dump to each replica's own
 * dump volume ({@code data-dump}), read back from {@code MYSQL_ROOT_PASSWORD}, a Secret.
 *
 * <p>Also delivered as a Helm chart ({@code .charts/mysql/}): image, replicas, resources, the claim
 * sizes and classes, and the backup schedule and retention are values.
 */
public final class MysqlStatefulSet implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("mysql")
        .cloud(Cloud.AWS)
        .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
        .snapshotClass(SnapshotClass.of("ebs-snapshots", StorageClass.AWS_EBS))
        .backupStorage(BackupStorage.s3("offsite", "acme-velero-backups").prefix("mysql").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .app(App.statefulSet("mysql")
            .image("mysql:8.4.3")
            .component("database")
            .replicas(3)
            .port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("mysql-root", "password"))
            .resources(Resources.requests("500m", "1Gi"))
            .volume("run", Volume.emptyDir("16Mi"))
            .mount("/var/run/mysqld", "run")
            .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").keep(Duration.ofDays(30))
                .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")))
            .service(Service.headless()))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.version("1.0.0").appVersion("8.4.3")))
        .build();
  }
}
