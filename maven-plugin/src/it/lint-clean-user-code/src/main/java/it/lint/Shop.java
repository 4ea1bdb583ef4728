package it.lint;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ArgoCd;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.PersistOption;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Tls;
import java.time.Duration;

/** A stack that touches every builder of the DSL but the mesh (see {@link MeshedShop}). */
public final class Shop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("shop")
        .cni(Cni.CALICO)
        .ingressController(IngressController.traefik())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
        .snapshotClass(SnapshotClass.of("ebs-snapshots", StorageClass.AWS_EBS))
        .persistentVolume(PersistentVolume.named("archive").capacity("10Gi").nfs("nfs.example.internal", "/exports/archive"))
        .claim(Claim.named("archive").size("10Gi").boundTo("archive"))
        .backupStorage(BackupStorage.s3("offsite", "acme-backups").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .snapshotLocation(SnapshotLocation.aws("ebs").region("eu-west-1"))
        .practices(Practices.builder().podAntiAffinity(true))
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
            .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager()))
            .allowTo("db"))
        .app(App.statefulSet("db").image("mysql:8.4.3").port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("db-root", "password"))
            .resources(Resources.requests("500m", "1Gi"))
            .persist("/var/lib/mysql", "5Gi", PersistOption.storageClass("gp3-encrypted"),
                Backups.daily("02:00").keep(Duration.ofDays(30))
                    .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")))
            .service(Service.headless()))
        .environment(Environment.named("prod").cloud(Cloud.AWS).replicas("web", 3))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES)
            .argoCd(ArgoCd.of("https://github.com/acme/deploy.git")))
        .build();
  }
}
