package dev.shipshape.generator.lower;

import static dev.shipshape.generator.BackupFixtures.db;
import static dev.shipshape.generator.BackupFixtures.lab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupPolicy;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lowering of schedules, hooks, dump volumes, drills, chart values and the stack README. */
class BackupLoweringTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static App.Builder web(String name) {
    return App.deployment(name).image("ghcr.io/acme/" + name + ":1.0.0").port(8080);
  }

  private static Manifest find(List<Manifest> manifests, String kind, String name) {
    return manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(kind + "/" + name + " not rendered"));
  }

  private static JsonNode podAnnotations(List<Manifest> manifests, String kind, String app) {
    return find(manifests, kind, app).body().at("/spec/template/metadata/annotations");
  }

  @Test
  void aVolumeScheduleRendersAVeleroScheduleForItsApp() {
    List<Manifest> manifests = new Lowering().lower(lab().veleroNamespace("backup-system")
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:30").inTimeZone("Europe/Berlin")
            .keep(Duration.ofDays(30)).paused().skipImmediately().ownedBySchedule()))
        .build());
    JsonNode schedule = find(manifests, "Schedule", "lab-db-data").body();
    assertEquals("velero.io/v1", schedule.path("apiVersion").asText());
    assertEquals("backup-system", schedule.at("/metadata/namespace").asText());
    assertEquals("CRON_TZ=Europe/Berlin 30 2 * * *", schedule.at("/spec/schedule").asText());
    assertTrue(schedule.at("/spec/paused").asBoolean());
    assertTrue(schedule.at("/spec/skipImmediately").asBoolean());
    assertTrue(schedule.at("/spec/useOwnerReferencesInBackup").asBoolean());
    JsonNode template = schedule.at("/spec/template");
    assertEquals("lab", template.at("/includedNamespaces/0").asText());
    assertEquals("db", template.at("/labelSelector/matchLabels/app.kubernetes.io~1name").asText());
    assertTrue(template.at("/snapshotVolumes").asBoolean());
    assertEquals("720h0m0s", template.at("/ttl").asText());
    assertEquals("offsite", template.at("/storageLocation").asText());
    assertEquals("backup-system", find(manifests, "BackupStorageLocation", "offsite").body()
        .at("/metadata/namespace").asText());
  }

  @Test
  void intervalsUseEveryWithAGoDuration() {
    JsonNode schedule = find(new Lowering().lower(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.every(Duration.ofMinutes(90)).keep(Duration.ofDays(1)))).build()), "Schedule", "lab-db-data").body();
    assertEquals("@every 1h30m0s", schedule.at("/spec/schedule").asText());
    assertEquals("24h0m0s", schedule.at("/spec/template/ttl").asText());
  }

  @Test
  void aPolicyCoveringSeveralAppsSelectsEachWithAnOrOfSelectors() {
    List<Manifest> manifests = new Lowering().lower(lab()
        .app(web("search").persist("/data", "1Gi"))
        .app(web("uploads").persist("/srv", "1Gi"))
        .app(web("web"))
        .backupPolicy(BackupPolicy.named("nightly").with(Backups.daily("01:00")))
        .build());
    JsonNode template = find(manifests, "Schedule", "lab-nightly").body().at("/spec/template");
    assertTrue(template.path("labelSelector").isMissingNode());
    JsonNode selectors = template.path("orLabelSelectors");
    assertEquals(2, selectors.size(), "only apps that keep data: " + selectors);
    assertEquals("search", selectors.at("/0/matchLabels/app.kubernetes.io~1name").asText());
    assertEquals("uploads", selectors.at("/1/matchLabels/app.kubernetes.io~1name").asText());
  }

  @Test
  void fileSystemBackupNamesThePersistedVolumesOnThePod() {
    List<Manifest> manifests = new Lowering().lower(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.daily("02:00").fileSystem().consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")))).build());
    JsonNode template = find(manifests, "Schedule", "lab-db-data").body().at("/spec/template");
    assertFalse(template.at("/snapshotVolumes").asBoolean());
    assertFalse(template.at("/defaultVolumesToFsBackup").asBoolean());
    assertEquals("data,data-dump", podAnnotations(manifests, "StatefulSet", "db")
        .path("backup.velero.io/backup-volumes").asText());
  }

  @Test
  void aDumpAddsItsOwnVolumeAndRunsThroughAShellWithTheSecretBackedPassword() throws Exception {
    List<Manifest> manifests = new Lowering().lower(lab()
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00")
            .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD").volumeSize("8Gi"))))
        .app(web("pg").env("PGPASS", SecretRef.of("pg", "password")).persist("/var/lib/postgresql", "5Gi",
            Backups.daily("03:00").consistent(DatabaseDump.postgres("PGPASS").asUser("admin"))))
        .build());
    JsonNode statefulSet = find(manifests, "StatefulSet", "db").body();
    assertEquals("data-dump", statefulSet.at("/spec/volumeClaimTemplates/1/metadata/name").asText());
    assertEquals("8Gi", statefulSet.at("/spec/volumeClaimTemplates/1/spec/resources/requests/storage").asText());
    find(manifests, "PersistentVolumeClaim", "pg-data-dump");

    JsonNode annotations = podAnnotations(manifests, "StatefulSet", "db");
    List<String> command = List.of(new ObjectMapper().readValue(
        annotations.path("pre.hook.backup.velero.io/command").asText(), String[].class));
    assertEquals(List.of("/bin/sh", "-c"), command.subList(0, 2));
    assertTrue(command.get(2).contains("MYSQL_PWD=$MYSQL_ROOT_PASSWORD mysqldump"), command.get(2));
    assertTrue(command.get(2).contains("--single-transaction"), command.get(2));
    assertFalse(command.get(2).contains("FLUSH TABLES"), command.get(2));
    assertEquals("db", annotations.path("pre.hook.backup.velero.io/container").asText());
    assertEquals("Fail", annotations.path("pre.hook.backup.velero.io/on-error").asText());
    assertEquals("15m0s", annotations.path("pre.hook.backup.velero.io/timeout").asText());
    assertEquals("Continue", annotations.path("post.hook.backup.velero.io/on-error").asText());
    assertTrue(annotations.path("post.hook.backup.velero.io/command").asText().contains("tail -n +3"));

    String pg = podAnnotations(manifests, "Deployment", "pg").path("pre.hook.backup.velero.io/command").asText();
    assertTrue(pg.contains("PGPASSWORD=$PGPASS pg_dumpall --host=127.0.0.1 --username='admin'"), pg);
  }

  @Test
  void hooksThatDoNotFitAnnotationsGoIntoTheSchedule() {
    List<Manifest> manifests = new Lowering().lower(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.daily("02:00").consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"))
            .hook(BackupHook.pre("/bin/sh", "-c", "sync").timeout(Duration.ofSeconds(10))))).build());
    assertTrue(podAnnotations(manifests, "StatefulSet", "db").isMissingNode());
    JsonNode resource = find(manifests, "Schedule", "lab-db-data").body().at("/spec/template/hooks/resources/0");
    assertEquals("db", resource.path("name").asText());
    assertEquals("pods", resource.at("/includedResources/0").asText());
    assertEquals(2, resource.path("pre").size());
    assertEquals("sync", resource.at("/pre/0/exec/command/2").asText());
    assertEquals("10s", resource.at("/pre/0/exec/timeout").asText());
    assertEquals("Fail", resource.at("/pre/0/exec/onError").asText());
    assertEquals(1, resource.path("post").size());
  }

  @Test
  void anAppCoveredByTwoSchedulesGetsItsHooksFromTheScheduleThatDeclaresThem() {
    List<Manifest> manifests = new Lowering().lower(lab()
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00")
            .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"))))
        .backupPolicy(BackupPolicy.named("hourly").with(Backups.hourly().keep(Duration.ofDays(1))))
        .build());
    assertTrue(podAnnotations(manifests, "StatefulSet", "db").isMissingNode());
    assertEquals(1, find(manifests, "Schedule", "lab-db-data").body().at("/spec/template/hooks/resources").size());
    assertTrue(find(manifests, "Schedule", "lab-hourly").body().at("/spec/template/hooks").isMissingNode());
  }

  @Test
  void drillsValuesAndReadmeAreWrittenBesideTheAppliedTree() throws Exception {
    Rendering rendering = new Shipshape().render(lab()
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00")))
        .app(web("files").persist("/srv", "1Gi", Backups.daily("03:00").fileSystem()))
        .build());
    assertTrue(rendering.succeeded(), rendering.diagnostics()::report);
    FileSet files = rendering.files().orElseThrow();
    JsonNode drill = YAML.readTree(files.text("lab/drills/restore-lab-db-data.yaml"));
    assertEquals("Restore", drill.path("kind").asText());
    assertEquals("lab-db-data", drill.at("/spec/scheduleName").asText());
    assertEquals("lab-restore-drill", drill.at("/spec/namespaceMapping/lab").asText());
    assertTrue(drill.at("/spec/restorePVs").asBoolean());
    assertTrue(rendering.stacks().get(0).base().manifests().stream()
        .noneMatch(m -> m.kind().equals("Restore")), "drills are not applied with the stack");
    assertTrue(files.paths().stream().filter(p -> p.endsWith("Kustomization"))
        .noneMatch(p -> files.text(p).contains("drills")), "no kustomize build picks the drills up");

    JsonNode values = YAML.readTree(files.text("lab/.platform/velero-values.yaml"));
    assertEquals("velero/velero-plugin-for-aws:v1.13.1", values.at("/initContainers/0/image").asText());
    assertEquals("offsite", values.at("/configuration/backupStorageLocation/0/name").asText());
    assertEquals("EnableCSI", values.at("/configuration/features").asText());
    assertTrue(values.at("/deployNodeAgent").asBoolean());
    assertEquals("velero-cloud", values.at("/credentials/existingSecret").asText());
    assertTrue(values.at("/schedules/lab-db-data/disabled").asBoolean());
    assertEquals("0 2 * * *", values.at("/schedules/lab-db-data/schedule").asText());

    String readme = files.text("lab/README.md");
    assertTrue(readme.contains("kubectl create -f drills/restore-lab-db-data.yaml"), readme);
    assertTrue(readme.contains("kubectl delete namespace lab-restore-drill"), readme);
    assertTrue(readme.contains("-f .platform/velero-values.yaml"), readme);
    assertTrue(readme.contains("rollout status deployment/files"), readme);
  }

  @Test
  void snapshotOnlyStacksNeedNoNodeAgentAndStacksWithoutBackupsGetNoExtraFiles() throws Exception {
    FileSet snapshots = new Shipshape().render(lab()
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00"))).build()).files().orElseThrow();
    JsonNode values = YAML.readTree(snapshots.text("lab/.platform/velero-values.yaml"));
    assertFalse(values.at("/deployNodeAgent").asBoolean());
    assertTrue(values.at("/namespace").isMissingNode());

    FileSet plain = new Shipshape().render(Stack.named("plain").app(web("web")).build()).files().orElseThrow();
    assertTrue(plain.paths().stream().noneMatch(p -> p.contains("drills/") || p.endsWith("README.md")
        || p.contains("velero")), plain.paths()::toString);
  }
}
