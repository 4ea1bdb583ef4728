package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.storage.StorageParameters;
import java.util.Map;
import java.util.Optional;

/**
 * A StorageClass on its CSI driver, with encryption at rest in its parameters, the reclaim policy,
 * expansion, {@code WaitForFirstConsumer} binding and the default-class annotation. Cluster-scoped.
 */
final class StorageClassLowering {

  static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

  private StorageClassLowering() {}

  static Manifest lower(Stack stack, StorageClass storageClass) {
    ObjectNode metadata = ObjectMetadata.of(storageClass.name(), null,
        Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
    if (storageClass.defaultClass()) {
      metadata.set("annotations", Nodes.map(Map.of(DEFAULT_CLASS, "true")));
    }
    ObjectNode node = Nodes.resource("storage.k8s.io/v1", "StorageClass", metadata);
    node.put("provisioner", storageClass.provisioner());
    Map<String, String> parameters = StorageParameters.of(storageClass);
    if (!parameters.isEmpty()) {
      node.set("parameters", Nodes.map(parameters));
    }
    node.put("reclaimPolicy", storageClass.reclaimPolicy().kubernetesName());
    node.put("allowVolumeExpansion", storageClass.allowVolumeExpansion());
    node.put("volumeBindingMode", storageClass.waitForFirstConsumer() ? "WaitForFirstConsumer" : "Immediate");
    if (!storageClass.mountOptions().isEmpty()) {
      node.set("mountOptions", Nodes.strings(storageClass.mountOptions()));
    }
    return new Manifest(Optional.empty(), node);
  }
}
