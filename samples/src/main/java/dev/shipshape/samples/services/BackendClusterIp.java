package dev.shipshape.samples.services;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's ClusterIP lab: {@code backend}, reachable in the cluster on port 80, which
 * forwards to the container's port 8080.
 */
public final class BackendClusterIp implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("backend-clusterip")
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80)))
        .build();
  }
}
