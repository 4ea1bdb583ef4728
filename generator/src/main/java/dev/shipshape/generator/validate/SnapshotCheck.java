package dev.shipshape.generator.validate;

import dev.shipshape.dsl.Snapshot;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.storage.CsiDriver;
import dev.shipshape.generator.storage.KnownClaim;
import dev.shipshape.generator.storage.StorageModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * VolumeSnapshotClasses (one per CSI driver, never an in-tree name) and snapshots of claims the
 * stack creates, taken by a class of the claim's driver.
 */
final class SnapshotCheck implements Check {

  static final Rule SNAPSHOT_CLASS = Rule.error("STORAGE-SNAPSHOT-CLASS",
      "two VolumeSnapshotClasses for one driver, or one for an in-tree provisioner");
  static final Rule SNAPSHOT = Rule.error("STORAGE-SNAPSHOT",
      "a snapshot of a claim the stack does not create, or with a class of another driver");

  @Override
  public List<Rule> rules() {
    return List.of(SNAPSHOT_CLASS, SNAPSHOT);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    Set<String> names = new HashSet<>();
    Map<String, String> classByDriver = new HashMap<>();
    for (SnapshotClass snapshotClass : stack.snapshotClasses()) {
      Where where = Where.stack(stack, "snapshotClass/" + snapshotClass.name()).at(snapshotClass.source());
      ClaimCheck.checkName("VolumeSnapshotClass", snapshotClass.name(), names, where, findings);
      CsiDriver.replacementOf(snapshotClass.driver()).ifPresent(csi -> findings.report(SNAPSHOT_CLASS, where,
          "'" + snapshotClass.driver() + "' is an in-tree provisioner; snapshots need a CSI driver",
          "use driver \"" + csi + "\""));
      String other = classByDriver.putIfAbsent(snapshotClass.driver(), snapshotClass.name());
      if (other != null) {
        findings.report(SNAPSHOT_CLASS, where, "VolumeSnapshotClasses '" + other + "' and '"
                + snapshotClass.name() + "' both serve " + snapshotClass.driver()
                + "; each is the driver's default and Velero's choice, so only one may be",
            "keep one VolumeSnapshotClass per driver");
      }
    }
    StorageModel storage = StorageModel.of(stack);
    Set<String> snapshotNames = new HashSet<>();
    for (Snapshot snapshot : stack.snapshots()) {
      Where where = Where.stack(stack, "snapshot/" + snapshot.name()).at(snapshot.source());
      ClaimCheck.checkName("VolumeSnapshot", snapshot.name(), snapshotNames, where, findings);
      Optional<KnownClaim> claim = storage.claim(snapshot.claim());
      if (claim.isEmpty()) {
        findings.report(SNAPSHOT, where, "snapshot '" + snapshot.name() + "' is of claim '" + snapshot.claim()
                + "', which the stack does not create",
            DidYouMean.closest(snapshot.claim(), storage.claims().keySet()).map(n -> "did you mean '" + n + "'?")
                .orElse("name a claim of the stack: a .claim(...) or one a .persist(...) creates ('<app>-data', "
                    + "'data-<statefulset>-0')"));
      }
      snapshot.snapshotClass().ifPresent(className -> {
        Optional<SnapshotClass> snapshotClass = storage.snapshotClass(className);
        if (snapshotClass.isEmpty()) {
          findings.report(SNAPSHOT, where, "snapshot '" + snapshot.name() + "' uses VolumeSnapshotClass '"
              + className + "', which the stack does not define",
              "define it with .snapshotClass(SnapshotClass.of(\"" + className + "\", driver))");
          return;
        }
        claim.flatMap(c -> storage.driverOf(c.settings()))
            .filter(driver -> !driver.equals(snapshotClass.get().driver()))
            .ifPresent(driver -> findings.report(SNAPSHOT, where, "claim '" + snapshot.claim() + "' lives on "
                    + driver + " but VolumeSnapshotClass '" + className + "' is for " + snapshotClass.get().driver(),
                "use a VolumeSnapshotClass of " + driver));
      });
    }
  }
}
