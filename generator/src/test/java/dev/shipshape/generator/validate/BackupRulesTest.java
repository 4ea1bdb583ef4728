package dev.shipshape.generator.validate;

import static dev.shipshape.generator.BackupFixtures.db;
import static dev.shipshape.generator.BackupFixtures.lab;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.generator.BackupFixtures;
import dev.shipshape.dsl.BackupHook;
import dev.shipshape.dsl.BackupPolicy;
import dev.shipshape.dsl.BackupStorage;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.DatabaseDump;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;
import dev.shipshape.generator.diagnostics.Diagnostic;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every backup rule with an input that breaks it, the details of their messages, and a sound stack. */
class BackupRulesTest {

  private static App.Builder web() {
    return App.deployment("web").image("ghcr.io/acme/web:1.0.0" + BackupFixtures.DIGEST).port(8080);
  }

  /** Rule id → a stack that breaks it; {@link RuleCoverageTest} runs them with every other rule's. */
  static Map<String, Supplier<Stack>> breaking() {
    Map<String, Supplier<Stack>> cases = new LinkedHashMap<>();
    cases.put("BACKUP-NAME", () -> lab().app(db().persist("/var/lib/mysql", "5Gi"))
        .backupPolicy(BackupPolicy.named("Nightly").with(Backups.daily("01:00"))).build());
    cases.put("BACKUP-CRON-FIELDS", () -> lab()
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.cron("0 0 2 * * *"))).build());
    cases.put("BACKUP-CRON", () -> lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("2am"))).build());
    cases.put("BACKUP-TIME-ZONE", () -> lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.daily("02:00").inTimeZone("Europe/Berlln"))).build());
    cases.put("BACKUP-TTL", () -> lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.weekly(DayOfWeek.SUNDAY, "03:00").keep(Duration.ofDays(3)))).build());
    cases.put("BACKUP-NOTHING-PERSISTENT", () -> lab().app(web())
        .backupPolicy(BackupPolicy.named("nightly").covering("web").with(Backups.daily("01:00"))).build());
    cases.put("BACKUP-POLICY-APP", () -> lab().app(db().persist("/var/lib/mysql", "5Gi"))
        .backupPolicy(BackupPolicy.named("nightly").covering("db", "dbb").with(Backups.daily("01:00"))).build());
    cases.put("BACKUP-PRODUCTION", () -> lab().production().app(db().persist("/var/lib/mysql", "5Gi")).build());
    cases.put("BACKUP-LOCATION", () -> Stack.named("lab")
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00"))).build());
    cases.put("BACKUP-SNAPSHOT-CLASS", () -> lab().cloud(Cloud.AWS)
        .storageClass(StorageClass.awsEbs("gp3").defaultClass())
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00"))).build());
    cases.put("BACKUP-HOOK", () -> lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00")
        .hook(BackupHook.pre("/bin/sh", "-c", "sync").inContainer("sidecar")))).build());
    cases.put("BACKUP-DUMP-SECRET", () -> lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00")
        .consistent(DatabaseDump.mysql("DB_PASSWORD")))).build());
    cases.put("BACKUP-DUMP-POLICY", () -> lab().app(db().persist("/var/lib/mysql", "5Gi"))
        .backupPolicy(BackupPolicy.named("nightly").with(Backups.daily("01:00")
            .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD")))).build());
    cases.put("BACKUP-FSB-HOSTPATH", () -> lab().practices(Practices.builder().namespace(false))
        .app(web().volume("logs", Volume.hostPath("/var/log/web").because("node log shipping"))
            .mount("/var/log/web", "logs")
            .persist("/srv/data", "1Gi", Backups.daily("02:00").fileSystem())).build());
    return cases;
  }

  private static Diagnostic only(Stack.Builder stack, String id) {
    return Fixtures.only(Fixtures.validate(stack), id);
  }

  @Test
  void aSoundStackWithBackupsReportsNothing() {
    Stack stack = lab().production().cloud(Cloud.AWS)
        .storageClass(StorageClass.awsEbs("gp3").defaultClass())
        .snapshotClass(SnapshotClass.of("ebs", StorageClass.AWS_EBS))
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").inTimeZone("Europe/Berlin")
            .keep(Duration.ofDays(30)).consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"))))
        .app(web().persist("/srv/uploads", "1Gi"))
        .backupPolicy(BackupPolicy.named("hourly").covering("web").with(Backups.every(Duration.ofHours(1))
            .keep(Duration.ofDays(2)).fileSystem()))
        .build();
    assertTrue(Fixtures.validate(stack).all().isEmpty(), Fixtures.validate(stack)::report);
  }

  @Test
  void sixFieldCronHintDropsTheSeconds() {
    Diagnostic found = only(lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.cron("0 30 2 * * *"))),
        "BACKUP-CRON-FIELDS");
    assertEquals("lab/db/persist/data/backups", found.path());
    assertEquals("drop the leading seconds field: Backups.cron(\"30 2 * * *\")", found.hint());
  }

  @Test
  void ttlMessageNamesTheGapAndTheUncoveredTime() {
    Diagnostic found = only(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.weekly(DayOfWeek.SUNDAY, "03:00").keep(Duration.ofDays(3)))), "BACKUP-TTL");
    assertEquals("backups are kept 3 days but '0 3 * * 0' leaves up to 7 days between backups, so for 4 days at a "
        + "time no backup exists", found.message());
    assertTrue(found.hint().contains(".keep(Duration.ofDays(14))"), found.hint());
  }

  @Test
  void retentionEqualToTheGapIsEnough() {
    Fixtures.assertIds(Fixtures.validate(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.every(Duration.ofHours(6)).keep(Duration.ofHours(6))))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mars/Olympus", "+02:00", "CET1"})
  void timeZonesMustBeIanaNames(String zone) {
    only(lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").inTimeZone(zone))),
        "BACKUP-TIME-ZONE");
  }

  @Test
  void aTimeZoneOnAnIntervalIsRefused() {
    Diagnostic found = only(lab().app(db().persist("/var/lib/mysql", "5Gi",
        Backups.every(Duration.ofHours(6)).inTimeZone("Europe/Berlin"))), "BACKUP-TIME-ZONE");
    assertTrue(found.message().contains("has no effect"), found.message());
  }

  @Test
  void aNamedLocationMustExistAndAcceptWrites() {
    Diagnostic missing = only(lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").to("offsit"))),
        "BACKUP-LOCATION");
    assertEquals("did you mean 'offsite'?", missing.hint());
    only(lab().backupStorage(BackupStorage.gcs("dr", "other").readOnly())
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").to("dr"))), "BACKUP-LOCATION");
    only(lab().backupStorage(BackupStorage.gcs("second", "other").asDefault())
        .app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00"))), "BACKUP-LOCATION");
  }

  @Test
  void dumpPasswordMustComeFromASecret() {
    Diagnostic literal = only(lab().app(db().env("DB_PASS", "")
        .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").consistent(DatabaseDump.mysql("DB_PASS")))),
        "BACKUP-DUMP-SECRET");
    assertTrue(literal.message().contains("without a Secret"), literal.message());
    Diagnostic shell = only(lab().app(db().env("db.password", SecretRef.of("db", "password"))
        .persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").consistent(DatabaseDump.mysql("db.password")))),
        "BACKUP-DUMP-SECRET");
    assertTrue(shell.message().contains("/bin/sh"), shell.message());
  }

  @Test
  void productionIsSatisfiedByAPolicyAndCanBeSuppressedWithAReason() {
    Fixtures.assertIds(Fixtures.validate(lab().production().app(db().persist("/var/lib/mysql", "5Gi"))
        .backupPolicy(BackupPolicy.named("nightly").with(Backups.daily("01:00")))));
    Fixtures.assertIds(Fixtures.validate(lab().production().app(db().persist("/var/lib/mysql", "5Gi")
        .suppress("BACKUP-PRODUCTION", "cache rebuilt from the orders service"))));
  }

  @Test
  void hooksWithoutACommandAreRefused() {
    only(lab().app(db().persist("/var/lib/mysql", "5Gi", Backups.daily("02:00").hook(BackupHook.post()))),
        "BACKUP-HOOK");
  }

  @Test
  void scheduleNamesMustFitALabelValue() {
    String longName = "a".repeat(60);
    Diagnostic found = only(lab().app(db().persist("/var/lib/mysql", "5Gi"))
        .backupPolicy(BackupPolicy.named(longName).with(Backups.daily("01:00"))), "BACKUP-NAME");
    assertTrue(found.message().contains("at most 63"), found.message());
  }
}
