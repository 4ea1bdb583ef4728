package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Stack;

/**
 * Patches whose paths miss: a {@code replace} of a field the object does not have (the pod has no
 * {@code nodeSelector}) names the deepest part that exists and the keys there; an {@code add} past
 * the end of the container list names the list's length; a {@code test} written for two replicas
 * meets one and says so.
 */
public final class PatchPathMisses implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("patch-path-misses")
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .port(8080))
        .patch(Patch.json("Deployment", "web")
            .replace("/spec/template/spec/nodeSelector/disktype", "ssd"))
        .patch(Patch.json("Deployment", "web", """
            - op: add
              path: /spec/template/spec/containers/2
              value: {name: sidecar, image: "ghcr.io/acme/sidecar:1.0.0"}
            """))
        .patch(Patch.json("Deployment", "web")
            .test("/spec/replicas", 2)
            .add("/spec/minReadySeconds", 10))
        .build();
  }
}
