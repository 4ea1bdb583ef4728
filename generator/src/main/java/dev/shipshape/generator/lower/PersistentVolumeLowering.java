package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Volume;
import dev.shipshape.dsl.VolumeMode;
import dev.shipshape.dsl.VolumeSource;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.Optional;

/**
 * A statically provisioned PersistentVolume, reserved for the claim that binds to it with a
 * {@code claimRef} so no other claim can take it. Cluster-scoped.
 */
final class PersistentVolumeLowering {

  private PersistentVolumeLowering() {}

  static Manifest lower(Stack stack, PersistentVolume volume) {
    ObjectNode metadata = ObjectMetadata.of(volume.name(), null,
        Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
    ObjectNode node = Nodes.resource("v1", "PersistentVolume", metadata);
    ObjectNode spec = node.putObject("spec");
    spec.putObject("capacity").put("storage", volume.capacity());
    ArrayNode modes = spec.putArray("accessModes");
    volume.effectiveAccessModes().stream().map(AccessMode::kubernetesName).forEach(modes::add);
    spec.put("persistentVolumeReclaimPolicy", volume.reclaimPolicy().kubernetesName());
    spec.put("storageClassName", volume.storageClass().orElse(""));
    spec.put("volumeMode", volume.volumeMode().orElse(VolumeMode.FILESYSTEM).kubernetesName());
    if (!volume.mountOptions().isEmpty()) {
      spec.set("mountOptions", Nodes.strings(volume.mountOptions()));
    }
    stack.claims().stream().filter(c -> c.boundVolume().equals(Optional.of(volume.name())))
        .map(Claim::name).findFirst()
        .ifPresent(claim -> spec.putObject("claimRef").put("kind", "PersistentVolumeClaim")
            .put("namespace", stack.namespaceName()).put("name", claim));
    VolumeSource source = volume.volumeSource();
    if (source instanceof VolumeSource.Csi csi) {
      ObjectNode csiNode = spec.putObject("csi").put("driver", csi.driver()).put("volumeHandle", csi.volumeHandle());
      csi.fsType().ifPresent(fs -> csiNode.put("fsType", fs));
    } else if (source instanceof VolumeSource.Nfs nfs) {
      spec.putObject("nfs").put("server", nfs.server()).put("path", nfs.path());
    } else if (source instanceof Volume.HostPath hostPath) {
      spec.putObject("hostPath").put("path", hostPath.path()).put("type", "DirectoryOrCreate");
    }
    return new Manifest(Optional.empty(), node);
  }
}
