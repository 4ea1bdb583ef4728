package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/** A canary whose weights add up to 110: an error that shows weights which do. */
public final class CanaryWeights implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("canary-weights")
        .mesh(Mesh.istio().cniPlugin())
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFromNamespace("istio-ingress")
            .suppress("MESH-PLAINTEXT-CLIENT", "the Istio ingress gateway is part of the mesh")
            .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(90, 20)))
        .build();
  }
}
