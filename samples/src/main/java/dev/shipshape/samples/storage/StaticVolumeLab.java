package dev.shipshape.samples.storage;

import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Stack;

/**
 * The source material's PersistentVolume lab: a 1Gi volume {@code pv-demo} on a node directory,
 * and a 500Mi claim {@code pvc-demo}. A node directory is refused unless you say why; here the
 * reason is that the lab runs on a single-node cluster. The claim binds to exactly this volume
 * ({@code volumeName}, and a {@code claimRef} that reserves the volume for it).
 */
public final class StaticVolumeLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("pv-lab")
        .persistentVolume(PersistentVolume.named("pv-demo")
            .capacity("1Gi")
            .accessModes(AccessMode.READ_WRITE_ONCE)
            .hostPath("/mnt/data", "single-node lab cluster (minikube, kind): the data stays on that node"))
        .claim(Claim.named("pvc-demo")
            .size("500Mi")
            .accessModes(AccessMode.READ_WRITE_ONCE)
            .boundTo("pv-demo"))
        .build();
  }
}
