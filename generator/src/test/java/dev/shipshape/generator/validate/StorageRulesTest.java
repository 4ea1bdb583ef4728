package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.PersistOption;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Projection;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Retention;
import dev.shipshape.dsl.Snapshot;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every storage and StatefulSet rule, each with an input that breaks it, and a sound stack that
 * breaks none of them.
 */
class StorageRulesTest {

  private static final Validator VALIDATOR = new Validator();
  private static final String EBS = StorageClass.AWS_EBS;

  private static App.Builder app(String name) {
    return App.deployment(name).image("ghcr.io/acme/" + name + ":1.0.0").port(8080);
  }

  /** An app the production profile has nothing against: pinned by digest, two replicas. */
  static App.Builder productionReady(String name) {
    return App.deployment(name).image("ghcr.io/acme/" + name + ":1.0.0@sha256:" + "a".repeat(64))
        .port(8080).replicas(2);
  }

  private static Stack.Builder stack() {
    return Stack.named("lab");
  }

  /** Rule id → a stack that breaks it; {@link RuleCoverageTest} runs them with every other rule's. */
  static Map<String, Supplier<Stack>> breaking() {
    Map<String, Supplier<Stack>> cases = new LinkedHashMap<>();
    cases.put("APP-STATEFUL-SETTING", () -> stack().app(app("web").parallelPodManagement()).build());
    cases.put("VOL-NAME", () -> stack().app(app("web").volume("tmp", Volume.emptyDir("1Gi"))
        .mount("/scratch", "tmp")).build());
    cases.put("VOL-MOUNT-UNDECLARED", () -> stack().app(app("web").mount("/data", "data")).build());
    cases.put("VOL-MOUNT-PATH", () -> stack().app(app("web").volume("scratch", Volume.emptyDir("1Gi"))
        .mount("/tmp", "scratch")).build());
    cases.put("VOL-REFERENCE", () -> stack().app(app("web").volume("files", Volume.claim("missing"))
        .mount("/files", "files")).build());
    cases.put("VOL-HOSTPATH", () -> stack().app(app("web").volume("logs", Volume.hostPath("/var/log"))
        .mount("/logs", "logs")).build());
    cases.put("VOL-HOSTPATH-PRODUCTION", () -> stack().production()
        .app(productionReady("web").volume("logs", Volume.hostPath("/var/log").because("log shipper"))
            .mount("/logs", "logs")).build());
    cases.put("VOL-HOSTPATH-PSS", () -> stack()
        .app(app("web").volume("logs", Volume.hostPath("/var/log").because("log shipper"))
            .mount("/logs", "logs")).build());
    cases.put("VOL-EMPTYDIR-MEMORY", () -> stack().app(app("web").resources(Resources.requests("100m", "128Mi"))
        .volume("cache", Volume.memory("1Gi")).mount("/cache", "cache")).build());
    cases.put("STORAGE-QUANTITY", () -> stack().app(App.statefulSet("db").image("mysql:8.4.3").port(3306)
        .persist("/var/lib/mysql", "5GB")).build());
    cases.put("STORAGE-NAME", () -> stack().claim(Claim.named("shared").size("1Gi"))
        .claim(Claim.named("shared").size("2Gi")).build());
    cases.put("STORAGE-PV-BINDING", () -> stack()
        .persistentVolume(PersistentVolume.named("pv-demo").capacity("1Gi").csi(EBS, "vol-1"))
        .claim(Claim.named("pvc-demo").size("2Gi").boundTo("pv-demo")).build());
    cases.put("STORAGE-ACCESS-MODE", () -> stack().storageClass(StorageClass.awsEbs("gp3"))
        .app(app("web").persist("/srv", "1Gi", PersistOption.storageClass("gp3"),
            PersistOption.accessMode(AccessMode.READ_WRITE_MANY))).build());
    cases.put("STORAGE-CLASS-UNDECLARED", () -> stack().storageClass(StorageClass.awsEbs("gp3-encrypted"))
        .claim(Claim.named("files").size("1Gi").storageClass("gp3-encrypt")).build());
    cases.put("STORAGE-RWO-SHARED", () -> stack().app(app("web").replicas(3).persist("/srv/uploads", "10Gi"))
        .build());
    cases.put("STORAGE-DATA-SOURCE", () -> stack().storageClass(StorageClass.awsEbs("gp3").defaultClass())
        .app(app("web").persist("/srv", "10Gi"))
        .claim(Claim.named("copy").size("5Gi").clonedFrom("web-data")).build());
    cases.put("STORAGE-CLASS-LEGACY", () -> stack()
        .storageClass(StorageClass.provisioner("standard", "kubernetes.io/gce-pd")).build());
    cases.put("STORAGE-CLASS-DEFAULT", () -> stack().storageClass(StorageClass.awsEbs("a").defaultClass())
        .storageClass(StorageClass.awsEbs("b").defaultClass()).build());
    cases.put("STORAGE-ENCRYPTION", () -> stack().storageClass(StorageClass.gcpPd("pd").unencrypted("cheaper"))
        .build());
    cases.put("STORAGE-CLASS-PARAMETERS", () -> stack().storageClass(StorageClass.awsEbs("fast")
        .parameter("type", "gp4")).build());
    cases.put("STORAGE-SNAPSHOT-CLASS", () -> stack().snapshotClass(SnapshotClass.of("a", EBS))
        .snapshotClass(SnapshotClass.of("b", EBS)).build());
    cases.put("STORAGE-SNAPSHOT", () -> stack().snapshot(Snapshot.of("snap", "no-such-claim")).build());
    return cases;
  }

  @Test
  void aSoundStorageStackBreaksNoRule() {
    Stack sound = stack()
        .storageClass(StorageClass.awsEbs("gp3-encrypted").defaultClass())
        .storageClass(StorageClass.nfs("shared", "nfs.example.internal", "/exports"))
        .snapshotClass(SnapshotClass.of("ebs-snapshots", EBS))
        .persistentVolume(PersistentVolume.named("legacy").capacity("10Gi").csi(EBS, "vol-0a1b2c3d"))
        .claim(Claim.named("legacy-data").size("10Gi").boundTo("legacy"))
        .claim(Claim.named("shared-files").size("5Gi").storageClass("shared")
            .accessModes(AccessMode.READ_WRITE_MANY))
        .app(App.statefulSet("db").image("mysql:8.4.3").port(3306).replicas(3)
            .persist("/var/lib/mysql", "5Gi"))
        .app(app("web").replicas(2)
            .volume("files", Volume.claim("shared-files")).mount("/srv/files", "files")
            .volume("config", Volume.configMap("web-config").item("app.yaml", "app.yaml"))
            .mountReadOnly("/etc/web", "config")
            .volume("identity", Volume.projected(Projection.secret("web-tls"),
                Projection.serviceAccountToken("vault", 3600), Projection.podField("labels", "metadata.labels")))
            .mountReadOnly("/var/run/identity", "identity")
            .volume("sessions", Volume.memory("32Mi")).mount("/var/sessions", "sessions"))
        .snapshot(Snapshot.of("db-snap", "data-db-0"))
        .claim(Claim.named("db-restore").size("5Gi").restoredFrom("db-snap"))
        .build();
    Diagnostics found = VALIDATOR.validate(sound);
    assertTrue(found.all().isEmpty(), found.report());
  }

  @Test
  void hostPathWithAReasonIsAllowedWhenPodSecurityAllowsIt() {
    Stack lab = stack().practices(Practices.builder().restrictedPodSecurity(false))
        .app(app("web").volume("logs", Volume.hostPath("/var/log").because("node log shipper"))
            .mountReadOnly("/logs", "logs"))
        .build();
    assertEquals(Set.of(), ids(VALIDATOR.validate(lab)));
  }

  @Test
  void aMandatoryRuleCannotBeSuppressed() {
    Stack suppressed = stack().production()
        .app(productionReady("web").volume("logs", Volume.hostPath("/var/log").because("log shipper"))
            .mount("/logs", "logs"))
        .suppress("VOL-HOSTPATH-PRODUCTION", "we really want it").build();
    Diagnostics found = VALIDATOR.validate(suppressed);
    assertEquals(Set.of("VOL-HOSTPATH-PRODUCTION", "RULE-MANDATORY"), ids(found), found.report());
  }

  @Test
  void staticVolumeHostPathNeedsAReasonAndIsRefusedInProduction() {
    PersistentVolume.Builder node = PersistentVolume.named("pv-demo").capacity("1Gi").hostPath("/mnt/data");
    assertTrue(ids(VALIDATOR.validate(stack().persistentVolume(node).build())).contains("VOL-HOSTPATH"));
    PersistentVolume.Builder reasoned = PersistentVolume.named("pv-demo").capacity("1Gi")
        .hostPath("/mnt/data", "single-node lab");
    assertEquals(Set.of(), ids(VALIDATOR.validate(stack().persistentVolume(reasoned).build())));
    assertTrue(ids(VALIDATOR.validate(stack().production().persistentVolume(reasoned).build()))
        .contains("VOL-HOSTPATH-PRODUCTION"));
  }

  @Test
  void storageSizesGetABinaryHint() {
    Diagnostics found = VALIDATOR.validate(breaking().get("STORAGE-QUANTITY").get());
    Diagnostic quantity = found.all().stream().filter(d -> d.rule().id().equals("STORAGE-QUANTITY"))
        .findFirst().orElseThrow();
    assertTrue(quantity.hint().startsWith("did you mean 5Gi?"), quantity.hint());
  }

  @Test
  void legacyProvisionerHintNamesTheCsiDriverAndItsParameters() {
    Diagnostic legacy = VALIDATOR.validate(stack().storageClass(StorageClass.provisioner("gp2-storage",
        "kubernetes.io/aws-ebs").parameter("fsType", "ext4").reclaimPolicy(Retention.DELETE)).build())
        .all().get(0);
    assertEquals("STORAGE-CLASS-LEGACY", legacy.rule().id());
    assertTrue(legacy.hint().contains("ebs.csi.aws.com") && legacy.hint().contains("encrypted: \"true\"")
        && legacy.hint().contains("csi.storage.k8s.io/fstype"), legacy.hint());
  }

  @Test
  void cloneOnAnotherDriverAndSnapshotClassOfAnotherDriverAreErrors() {
    Stack stack = stack()
        .storageClass(StorageClass.awsEbs("gp3").defaultClass())
        .storageClass(StorageClass.nfs("shared", "nfs.example.internal", "/exports"))
        .snapshotClass(SnapshotClass.of("nfs-snapshots", StorageClass.NFS))
        .app(app("web").persist("/srv", "10Gi"))
        .claim(Claim.named("copy").size("10Gi").storageClass("shared").clonedFrom("web-data"))
        .snapshot(Snapshot.of("snap", "web-data").snapshotClass("nfs-snapshots"))
        .build();
    Set<String> ids = ids(VALIDATOR.validate(stack));
    assertTrue(ids.containsAll(Set.of("STORAGE-DATA-SOURCE", "STORAGE-SNAPSHOT")), ids.toString());
  }

  private static Set<String> ids(Diagnostics diagnostics) {
    Set<String> ids = new TreeSet<>();
    diagnostics.all().forEach(d -> ids.add(d.rule().id()));
    return ids;
  }
}
