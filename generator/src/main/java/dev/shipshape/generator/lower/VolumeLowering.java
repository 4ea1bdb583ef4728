package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.PodVolume;
import dev.shipshape.dsl.Projection;
import dev.shipshape.dsl.Volume;
import dev.shipshape.dsl.VolumeMode;
import dev.shipshape.dsl.VolumeMount;
import dev.shipshape.generator.storage.StorageModel;
import java.util.Map;

/**
 * The pod's volumes and the container's mounts, for every workload kind: the writable {@code /tmp}
 * of a read-only root file system, the app's declared volumes, and its persisted data (a claim of
 * its own for a Deployment; a {@code volumeClaimTemplate} for a StatefulSet, which needs no pod
 * volume). Block-mode persistence is attached as a device instead of mounted.
 */
final class VolumeLowering {

  static final String TMP_VOLUME = "tmp";
  static final String TMP_SIZE = "64Mi";

  private VolumeLowering() {}

  /** The pod's {@code volumes}, empty when it has none. */
  static ArrayNode podVolumes(AppContext context) {
    App app = context.app();
    ArrayNode volumes = Nodes.array();
    if (context.practices().readOnlyRootFilesystem()) {
      volumes.addObject().put("name", TMP_VOLUME).putObject("emptyDir").put("sizeLimit", TMP_SIZE);
    }
    for (PodVolume volume : app.volumes()) {
      ObjectNode node = volumes.addObject().put("name", volume.name());
      source(node, volume.volume());
    }
    if (!StorageModel.claimPerReplica(app)) {
      for (Persistence persistence : app.persistence()) {
        volumes.addObject().put("name", persistence.name()).putObject("persistentVolumeClaim")
            .put("claimName", StorageModel.deploymentClaimName(app, persistence));
      }
    }
    return volumes;
  }

  /** The container's {@code volumeMounts}, in declaration order, persisted data last. */
  static ArrayNode mounts(AppContext context) {
    ArrayNode mounts = Nodes.array();
    if (context.practices().readOnlyRootFilesystem()) {
      mounts.addObject().put("name", TMP_VOLUME).put("mountPath", "/tmp");
    }
    for (VolumeMount mount : context.app().mounts()) {
      ObjectNode node = mounts.addObject().put("name", mount.volume()).put("mountPath", mount.path());
      if (mount.readOnly()) {
        node.put("readOnly", true);
      }
    }
    for (Persistence persistence : context.app().persistence()) {
      if (persistence.volumeMode().orElse(VolumeMode.FILESYSTEM) == VolumeMode.FILESYSTEM) {
        mounts.addObject().put("name", persistence.name()).put("mountPath", persistence.mountPath());
      }
    }
    return mounts;
  }

  /** The container's {@code volumeDevices}: block-mode persistence at its path. */
  static ArrayNode devices(AppContext context) {
    ArrayNode devices = Nodes.array();
    for (Persistence persistence : context.app().persistence()) {
      if (persistence.volumeMode().orElse(VolumeMode.FILESYSTEM) == VolumeMode.BLOCK) {
        devices.addObject().put("name", persistence.name()).put("devicePath", persistence.mountPath());
      }
    }
    return devices;
  }

  private static void source(ObjectNode node, Volume volume) {
    if (volume instanceof Volume.EmptyDir emptyDir) {
      ObjectNode dir = node.putObject("emptyDir");
      if (emptyDir.memory()) {
        dir.put("medium", "Memory");
      }
      emptyDir.sizeLimit().ifPresent(limit -> dir.put("sizeLimit", limit));
    } else if (volume instanceof Volume.ConfigMap configMap) {
      items(node.putObject("configMap").put("name", configMap.name()), configMap.items());
    } else if (volume instanceof Volume.Secret secret) {
      items(node.putObject("secret").put("secretName", secret.name()), secret.items());
    } else if (volume instanceof Volume.Projected projected) {
      ArrayNode sources = node.putObject("projected").putArray("sources");
      projected.sources().forEach(source -> sources.add(projection(source)));
    } else if (volume instanceof Volume.HostPath hostPath) {
      node.putObject("hostPath").put("path", hostPath.path());
    } else if (volume instanceof Volume.Claim claim) {
      node.putObject("persistentVolumeClaim").put("claimName", claim.claimName());
    }
  }

  private static void items(ObjectNode node, Map<String, String> items) {
    if (!items.isEmpty()) {
      ArrayNode array = node.putArray("items");
      items.forEach((key, path) -> array.addObject().put("key", key).put("path", path));
    }
  }

  private static ObjectNode projection(Projection source) {
    ObjectNode node = Nodes.object();
    if (source instanceof Projection.SecretKeys secret) {
      node.putObject("secret").put("name", secret.name());
    } else if (source instanceof Projection.ConfigMapKeys configMap) {
      node.putObject("configMap").put("name", configMap.name());
    } else if (source instanceof Projection.ServiceAccountToken token) {
      node.putObject("serviceAccountToken").put("audience", token.audience())
          .put("expirationSeconds", token.expirationSeconds()).put("path", "token");
    } else if (source instanceof Projection.PodField field) {
      node.putObject("downwardAPI").putArray("items").addObject().put("path", field.path())
          .putObject("fieldRef").put("fieldPath", field.fieldPath());
    }
    return node;
  }
}
