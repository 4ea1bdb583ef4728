package dev.shipshape.bench;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The benchmarks' reference workload, one "copy" per namespace {@code team-<i>}: an nginx
 * {@code frontend} behind an Ingress with cert-manager TLS, a {@code backend} only the frontend may
 * reach, and a three-replica MySQL StatefulSet with a daily Velero backup kept 720 hours — with every
 * best-practice default on.
 *
 * <pre>{@code
 * Rendering rendering = new Shipshape().render(ReferenceWorkload.copies(100));
 * }</pre>
 */
public final class ReferenceWorkload {

  private ReferenceWorkload() {
  }

  /** Copy {@code i}: the stack {@code team-<i>} (in namespace {@code team-<i>}). */
  public static Stack copy(int i) {
    return Stack.named("team-" + i)
        .cni(Cni.CALICO)
        .ingressController(IngressController.nginx())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .backupStorage(BackupStorage.s3("offsite", "acme-velero-backups").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .app(App.deployment("frontend").image("nginx:1.27.3").replicas(2).port(8080)
            .exposeViaIngress(Routes.host("web" + i + ".example.com").tls(Tls.certManager())))
        .app(App.deployment("backend").image("ghcr.io/acme/backend:1.4.2").replicas(3).port(8080)
            .service(Service.clusterIp().port(80)).allowFrom("frontend"))
        .app(App.statefulSet("mysql").image("mysql:8.4").replicas(3).port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("mysql-root", "password"))
            .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").keep(Duration.ofHours(720)))
            .service(Service.headless()))
        .build();
  }

  /** Copies {@code 1..n}, one stack each. */
  public static List<Stack> copies(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(ReferenceWorkload::copy).toList();
  }
}
