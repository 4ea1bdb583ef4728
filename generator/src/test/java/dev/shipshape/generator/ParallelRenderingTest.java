package dev.shipshape.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import dev.shipshape.generator.write.OutputDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stacks render on every core; the output must not depend on it: the same files, byte for byte,
 * as one thread renders, and the same files again when written straight to disk.
 */
class ParallelRenderingTest {

  @TempDir
  Path directory;

  /** Stack {@code i}: three apps, ingress with TLS, a backed-up StatefulSet; every third with environments. */
  private static Stack stack(int i) {
    Stack.Builder stack = Stack.named("team-" + i)
        .cni(Cni.CALICO)
        .ingressController(IngressController.nginx())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .backupStorage(BackupStorage.s3("offsite", "backups").region("eu-west-1")
            .credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .app(App.deployment("frontend").image("nginx:1.27.3").replicas(1 + i % 3).port(8080)
            .exposeViaIngress(Routes.host("web" + i + ".example.com").tls(Tls.certManager())))
        .app(App.deployment("backend").image("ghcr.io/acme/backend:1.4." + i).replicas(2).port(8080)
            .service(Service.clusterIp().port(80)).allowFrom("frontend"))
        .app(App.statefulSet("mysql").image("mysql:8.4").replicas(3).port("mysql", 3306)
            .env("MYSQL_ROOT_PASSWORD", SecretRef.of("mysql-root", "password"))
            .persist("/var/lib/mysql", i + "Gi", Backups.daily("02:00").keep(Duration.ofDays(30)))
            .service(Service.headless()));
    if (i % 3 == 0) {
      stack.environment(Environment.named("dev").replicas(1))
          .environment(Environment.named("prod").replicas("frontend", 4));
    }
    return stack.build();
  }

  private static List<Stack> stacks(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(ParallelRenderingTest::stack).toList();
  }

  @Test
  void parallelAndSequentialRenderingGiveTheSameBytes() {
    List<Stack> stacks = stacks(40);
    Rendering parallel = new Shipshape().render(stacks);
    Rendering sequential = new Shipshape().sequential().render(stacks);
    assertEquals(0, parallel.diagnostics().errorCount(), parallel.diagnostics().report());
    FileSet expected = sequential.files().orElseThrow();
    FileSet actual = parallel.files().orElseThrow();
    assertEquals(expected.paths(), actual.paths());
    assertTrue(expected.paths().contains("dev/Kustomization"), "environments get their directories");
    for (String path : expected.paths()) {
      assertArrayEquals(expected.bytes(path), actual.bytes(path), path);
    }
    assertEquals(sequential.objectCount(), parallel.objectCount());
    assertEquals(sequential.stacks().size(), parallel.stacks().size());
  }

  @Test
  void writingStraightToDiskGivesTheRenderedFiles() throws IOException {
    List<Stack> stacks = stacks(12);
    FileSet rendered = new Shipshape().sequential().render(stacks).files().orElseThrow();
    Generated generated = new Shipshape().write(stacks, new OutputDirectory(directory));
    assertEquals(List.copyOf(rendered.paths()), generated.written().orElseThrow().written());
    for (String path : rendered.paths()) {
      assertArrayEquals(rendered.bytes(path), Files.readAllBytes(directory.resolve(path)), path);
    }
    try (var files = Files.list(directory)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".shipshape-staging")),
          "the staging directory is gone");
    }
    assertEquals(rendered.size(), new Shipshape().write(stacks, new OutputDirectory(directory))
        .written().orElseThrow().unchanged().size());
  }

  @Test
  void twoStacksWithOneNameAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Shipshape().write(List.of(stack(1), stack(1)), new OutputDirectory(directory)));
  }
}
