package dev.shipshape.samples.storage;

import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Retention;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;

/**
 * The source material's dynamic provisioning lab as written: a StorageClass on the in-tree
 * {@code kubernetes.io/aws-ebs} provisioner, removed from Kubernetes. Shipshape refuses it and names
 * the CSI driver and parameters to use; {@link EbsCsiStorage} is the fixed twin.
 */
public final class LegacyGp2Storage implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("gp2-storage")
        .storageClass(StorageClass.provisioner("gp2-storage", "kubernetes.io/aws-ebs")
            .parameter("type", "gp2")
            .parameter("fsType", "ext4")
            .reclaimPolicy(Retention.DELETE))
        .claim(Claim.named("pvc-dynamic").size("1Gi").storageClass("gp2-storage"))
        .build();
  }
}
