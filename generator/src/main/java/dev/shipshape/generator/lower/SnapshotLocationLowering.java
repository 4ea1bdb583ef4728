package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.SnapshotLocation;
import dev.shipshape.dsl.Stack;
import java.util.Optional;
import java.util.TreeMap;

/** A Velero {@code VolumeSnapshotLocation}: the provider plugin, its settings and credentials. */
final class SnapshotLocationLowering {

  private SnapshotLocationLowering() {}

  static Manifest lower(Stack stack, SnapshotLocation location) {
    ObjectNode metadata = ObjectMetadata.velero(stack, location.name());
    ObjectNode node = Nodes.resource("velero.io/v1", "VolumeSnapshotLocation", metadata);
    ObjectNode spec = node.putObject("spec");
    spec.put("provider", BackupStorageLocationLowering.provider(location.provider()));
    if (!location.config().isEmpty()) {
      spec.set("config", Nodes.map(new TreeMap<>(location.config())));
    }
    location.credentials().ifPresent(secret -> spec.set("credential", BackupStorageLocationLowering.credential(secret)));
    return new Manifest(Optional.empty(), node);
  }
}
