package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Snapshot;
import dev.shipshape.dsl.SnapshotClass;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.storage.StorageModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CSI snapshots: a VolumeSnapshotClass per driver (the driver's default, labelled so Velero picks
 * it, contents retained by default) and on-demand VolumeSnapshots of the stack's claims, taken with
 * the class of the claim's driver.
 */
final class SnapshotLowering {

  static final String API_GROUP = "snapshot.storage.k8s.io";
  static final String VELERO_CLASS_LABEL = "velero.io/csi-volumesnapshot-class";

  private SnapshotLowering() {}

  static Manifest lower(Stack stack, SnapshotClass snapshotClass) {
    Map<String, String> labels = new LinkedHashMap<>(
        Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
    labels.put(VELERO_CLASS_LABEL, "true");
    ObjectNode metadata = ObjectMetadata.of(snapshotClass.name(), null, labels);
    metadata.set("annotations", Nodes.map(Map.of("snapshot.storage.kubernetes.io/is-default-class", "true")));
    ObjectNode node = Nodes.resource(API_GROUP + "/v1", "VolumeSnapshotClass", metadata);
    node.put("driver", snapshotClass.driver());
    node.put("deletionPolicy", snapshotClass.deletionPolicy().kubernetesName());
    if (!snapshotClass.parameters().isEmpty()) {
      node.set("parameters", Nodes.map(snapshotClass.parameters()));
    }
    return new Manifest(Optional.empty(), node);
  }

  static Manifest lower(Stack stack, StorageModel storage, Snapshot snapshot, Marks marks) {
    ObjectNode metadata = ObjectMetadata.inStack(stack, marks, snapshot.name(),
        Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
    ObjectNode node = Nodes.resource(API_GROUP + "/v1", "VolumeSnapshot", metadata);
    ObjectNode spec = node.putObject("spec");
    snapshot.snapshotClass()
        .or(() -> storage.claim(snapshot.claim()).flatMap(claim -> storage.driverOf(claim.settings()))
            .flatMap(storage::snapshotClassFor).map(SnapshotClass::name))
        .ifPresent(name -> spec.put("volumeSnapshotClassName", name));
    spec.putObject("source").put("persistentVolumeClaimName", snapshot.claim());
    return new Manifest(Optional.empty(), node);
  }
}
