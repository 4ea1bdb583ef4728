package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ClaimSettings;
import dev.shipshape.dsl.DataSource;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.VolumeMode;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.storage.StorageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PersistentVolumeClaims: the stack's own, the one a Deployment's {@code persist(...)} creates, and
 * a StatefulSet's {@code volumeClaimTemplates}. All share one spec: access modes, the resolved
 * class (the stack's default class written out, {@code ""} for a static volume without class), the
 * volume mode, the size, a {@code dataSourceRef} for clones and restores, and {@code volumeName}
 * when bound to a static PersistentVolume.
 */
final class ClaimLowering {

  private ClaimLowering() {}

  /** The stack-level claims. */
  static List<Manifest> lower(Stack stack, StorageModel storage) {
    List<Manifest> manifests = new ArrayList<>();
    for (Claim claim : stack.claims()) {
      Optional<PersistentVolume> volume = claim.boundVolume().flatMap(name -> stack.persistentVolumes()
          .stream().filter(pv -> pv.name().equals(name)).findFirst());
      ObjectNode metadata = ObjectMetadata.of(claim.name(), stack.namespaceName(),
          Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
      ObjectNode node = Nodes.resource("v1", "PersistentVolumeClaim", metadata);
      node.set("spec", spec(storage, claim, volume));
      manifests.add(new Manifest(Optional.empty(), node));
    }
    return manifests;
  }

  /** The claims a Deployment's {@code persist(...)} creates; none for other kinds. */
  static List<Manifest> lower(AppContext context, StorageModel storage) {
    App app = context.app();
    if (StorageModel.claimPerReplica(app)) {
      return List.of();
    }
    List<Manifest> manifests = new ArrayList<>();
    for (Persistence persistence : app.persistence()) {
      ObjectNode node = Nodes.resource("v1", "PersistentVolumeClaim",
          context.metadata(StorageModel.deploymentClaimName(app, persistence)));
      node.set("spec", spec(storage, persistence, Optional.empty()));
      manifests.add(new Manifest(context.owner(), node));
    }
    return manifests;
  }

  /** A StatefulSet's {@code volumeClaimTemplates}, one per {@code persist(...)}. */
  static ArrayNode templates(AppContext context, StorageModel storage) {
    ArrayNode templates = Nodes.array();
    for (Persistence persistence : context.app().persistence()) {
      ObjectNode template = templates.addObject();
      template.putObject("metadata").put("name", persistence.name())
          .set("labels", Nodes.map(context.labels().selector()));
      template.set("spec", spec(storage, persistence, Optional.empty()));
    }
    return templates;
  }

  private static ObjectNode spec(StorageModel storage, ClaimSettings claim, Optional<PersistentVolume> volume) {
    ObjectNode spec = Nodes.object();
    ArrayNode modes = spec.putArray("accessModes");
    claim.effectiveAccessModes().stream().map(AccessMode::kubernetesName).forEach(modes::add);
    Optional<String> className = volume.isPresent()
        ? Optional.of(volume.get().storageClass().orElse(""))
        : storage.classNameOf(claim);
    className.ifPresent(name -> spec.put("storageClassName", name));
    spec.put("volumeMode", claim.volumeMode().orElse(VolumeMode.FILESYSTEM).kubernetesName());
    spec.putObject("resources").putObject("requests").put("storage", claim.size());
    claim.dataSource().ifPresent(source -> spec.set("dataSourceRef", dataSourceRef(source)));
    volume.ifPresent(pv -> spec.put("volumeName", pv.name()));
    return spec;
  }

  private static ObjectNode dataSourceRef(DataSource source) {
    ObjectNode node = Nodes.object();
    if (source.kind() == DataSource.Kind.SNAPSHOT) {
      node.put("apiGroup", SnapshotLowering.API_GROUP).put("kind", "VolumeSnapshot");
    } else {
      node.put("kind", "PersistentVolumeClaim");
    }
    return node.put("name", source.name());
  }
}
