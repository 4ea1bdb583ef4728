package dev.shipshape.samples.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.StorageClass;
import dev.shipshape.dsl.Volume;

/**
 * The dynamic provisioning lab done right, the twin of {@link LegacyGp2Storage}: the EBS CSI driver
 * with gp3 volumes, encrypted at rest, kept when the claim goes ({@code Retain}), expandable, and
 * created in the zone of the first pod ({@code WaitForFirstConsumer}). The lab's claim
 * {@code pvc-dynamic} is mounted by a small writer, because a WaitForFirstConsumer claim is only
 * provisioned once a pod uses it.
 */
public final class EbsCsiStorage implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("ebs-csi-storage")
        .cloud(Cloud.AWS)
        .storageClass(StorageClass.awsEbs("gp3-encrypted")
            .kmsKey("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
            .defaultClass())
        .claim(Claim.named("pvc-dynamic").size("1Gi").storageClass("gp3-encrypted"))
        .app(App.deployment("writer")
            .image("busybox:1.37.0")
            .command("sh", "-c", "while true; do date >> /data/log.txt; sleep 60; done")
            .volume("pvc-dynamic", Volume.claim("pvc-dynamic"))
            .mount("/data", "pvc-dynamic")
            .liveness(Probe.exec("test", "-w", "/data/log.txt"))
            .readiness(Probe.exec("test", "-w", "/data")))
        .build();
  }
}
