package dev.shipshape.generator.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The backup README: each part of it, where the stack has it. */
class StackReadmeTest {

  private static final String VALUES = ".platform/velero-values.yaml";

  @Test
  void aStackWithoutBackupsHasNoReadme() {
    Stack plain = Stack.named("plain").app(App.deployment("web").image("nginx:1.27.3").port(8080)).build();
    assertEquals(Optional.empty(), StackReadme.render(plain, VALUES));
  }

  @Test
  void writesSchedulesLocationsDumpsFilesAndDrills() {
    Stack stack = Stack.named("lab")
        .backupStorage(BackupStorage.s3("offsite", "acme-velero").region("eu-west-1")
            .endpoint("https://minio.example.com").credentials(SecretRef.of("velero-cloud", "cloud")).asDefault())
        .backupStorage(BackupStorage.gcs("archive", "acme-archive").readOnly())
        .snapshotLocation(SnapshotLocation.aws("ebs").region("eu-west-1"))
        .app(App.statefulSet("db").image("postgres:17.2").port("postgres", 5432)
            .env("POSTGRES_PASSWORD", SecretRef.of("db", "password"))
            .persist("/var/lib/postgresql/data", "5Gi", Backups.daily("02:00").keep(Duration.ofDays(7))
                .fileSystem().paused().consistent(DatabaseDump.postgres("POSTGRES_PASSWORD"))))
        .build();
    List<String> lines = StackReadme.render(stack, VALUES).orElseThrow().lines().toList();

    assertEquals("# Backups and restore drills: lab", lines.get(0));
    assertTrue(lines.contains("| `lab-db-data` (paused) | `0 2 * * *` | 7 days | file-system backup | `db` | `offsite` |"),
        String.join("\n", lines));
    assertTrue(lines.contains("**Consistent dump of `db`.** Before each backup of `lab-db-data`, Velero runs `pg_dumpall`"));
    assertTrue(lines.contains("| `offsite` | aws at https://minio.example.com | `acme-velero` | yes | read-write "
        + "| `velero-cloud` key `cloud` |"));
    assertTrue(lines.contains("| `archive` | gcp | `acme-archive` | no | read-only | workload identity |"));
    assertTrue(lines.contains("Provider snapshots: `ebs` (aws, workload identity)."));
    assertTrue(lines.contains("- `schedule-*.yaml`, `backupstoragelocation-*.yaml`, `volumesnapshotlocation-*.yaml`:"));
    assertTrue(lines.contains("  the node agent, the same schedules, disabled because the stack applies them)."));
    assertTrue(lines.contains("helm upgrade --install velero vmware-tanzu/velero --namespace velero --create-namespace \\"));
    assertTrue(lines.contains("  -f " + VALUES));
    assertTrue(lines.contains("### `lab-db-data`"));
    assertTrue(lines.contains("# expect the dump's last line: -- PostgreSQL database cluster dump complete"));
    assertTrue(lines.contains("`velero restore create lab-db-data-drill --from-schedule lab-db-data "
        + "--namespace-mappings lab:lab-restore-drill --restore-volumes=true --wait`."), String.join("\n", lines));
    assertEquals("Ingress hosts and fixed NodePorts that clash with the running stack.", lines.get(lines.size() - 1));
  }
}
