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
    return apps(platform(Stack.named("team-" + i)), i, "").build();
  }

  /** Copies {@code 1..n}, one stack each. */
  public static List<Stack> copies(int n) {
    return copies(1, n);
  }

  /** Copies {@code first..last}, one stack each. */
  public static List<Stack> copies(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(ReferenceWorkload::copy).toList();
  }

  /**
   * Copies {@code 1..n} as apps of one stack {@code team} (apps {@code frontend-<i>},
   * {@code backend-<i>}, {@code mysql-<i>}): what grows with the number of apps in one stack.
   */
  public static Stack oneStack(int n) {
    Stack.Builder stack = platform(Stack.named("team"));
    IntStream.rangeClosed(1, n).forEach(i -> apps(stack, i, "-" + i));
    return stack.build();
  }

  /** What the copy's namespace needs around its apps: CNI, ingress controller, issuer, backup bucket. */
  private static Stack.Builder platform(Stack.Builder stack) {
    return stack.cni(Cni.CALICO)
        .ingressController(IngressController.nginx())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .backupStorage(BackupStorage.s3("offsite", "acme-velero-backups").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault());
  }

  /** The copy's three apps, their names ending in {@code suffix}. */
  private static Stack.Builder apps(Stack.Builder stack, int i, String suffix) {
    return stack
        .app(App.deployment("frontend" + suffix).image("nginx:1.27.3").replicas(2).port(8080)
            .exposeViaIngress(Routes.host("web" + i + ".example.com").tls(Tls.certManager())))
        .app(App.deployment("backend" + suffix).image("ghcr.io/acme/backend:1.4.2").replicas(3).port(8080)
            .service(Service.clusterIp().port(80)).allowFrom("frontend" + suffix))
        .app(App.statefulSet("mysql" + suffix).image("mysql:8.4").replicas(3).port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("mysql-root", "password"))
            .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").keep(Duration.ofHours(720)))
            .service(Service.headless()));
  }
}
