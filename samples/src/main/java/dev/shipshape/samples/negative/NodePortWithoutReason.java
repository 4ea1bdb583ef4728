package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's NodePort lab in a production stack, without a written reason: a NodePort
 * opens its port on every node, so the production profile turns the warning into an error.
 * {@code nodeport-lab} is the twin that says why a NodePort is acceptable there.
 */
public final class NodePortWithoutReason implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("nodeport-without-reason")
        .production()
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2@sha256:7d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6")
            .port(8080)
            .replicas(2)
            .service(Service.nodePort().port(80).nodePort(30007)))
        .build();
  }
}
