package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Stack;

/**
 * A patch whose target the stack does not render (the Deployment is {@code web}, not
 * {@code frontend}): an error that lists the Deployments there are, instead of a patch dropped
 * silently. A second patch names a kind that does not exist at all.
 */
public final class PatchMissesItsObject implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("patch-misses-object")
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .port(8080))
        .app(App.deployment("worker")
            .image("ghcr.io/acme/worker:1.4.2")
            .port(9000))
        .patch(Patch.json("Deployment", "frontend")
            .add("/spec/minReadySeconds", 10))
        .patch(Patch.merge("HorizontalPodAutoscaler", "web", "spec: {maxReplicas: 5}"))
        .build();
  }
}
