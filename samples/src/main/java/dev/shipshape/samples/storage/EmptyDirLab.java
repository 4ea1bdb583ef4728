package dev.shipshape.samples.storage;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Volume;

/**
 * The source material's emptyDir lab: busybox sleeping with scratch space at {@code /data} that
 * lives as long as the pod. The lab's bare Pod becomes a Deployment (a bare Pod is not rescheduled),
 * the scratch space gets a size cap, and exec probes check that the volume is there and writable.
 */
public final class EmptyDirLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("emptydir-lab")
        .app(App.deployment("busybox")
            .image("busybox:1.37.0")
            .command("sleep", "3600")
            .volume("temp-storage", Volume.emptyDir("1Gi"))
            .mount("/data", "temp-storage")
            .liveness(Probe.exec("test", "-d", "/data"))
            .readiness(Probe.exec("test", "-w", "/data")))
        .build();
  }
}
