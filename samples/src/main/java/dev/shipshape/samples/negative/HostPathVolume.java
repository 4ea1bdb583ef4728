package dev.shipshape.samples.negative;

import dev.shipshape.dsl.AccessMode;
import dev.shipshape.dsl.Claim;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.PersistentVolume;
import dev.shipshape.dsl.Stack;

/**
 * The source material's PersistentVolume lab as written: {@code pv-demo} on the node directory
 * {@code /mnt/data}, without saying why. Shipshape refuses the node directory; {@code pv-lab} is the
 * twin that gives the reason (a single-node lab cluster).
 */
public final class HostPathVolume implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("pv-hostpath")
        .persistentVolume(PersistentVolume.named("pv-demo")
            .capacity("1Gi")
            .accessModes(AccessMode.READ_WRITE_ONCE)
            .hostPath("/mnt/data"))
        .claim(Claim.named("pvc-demo")
            .size("500Mi")
            .accessModes(AccessMode.READ_WRITE_ONCE)
            .boundTo("pv-demo"))
        .build();
  }
}
