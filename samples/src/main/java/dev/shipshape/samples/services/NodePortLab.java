package dev.shipshape.samples.services;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's NodePort lab: port 80 forwarding to 8080, opened on node port 30007. A
 * NodePort is a production risk, so the sample says why it is acceptable here.
 */
public final class NodePortLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("nodeport-lab")
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .service(Service.nodePort().port(80).nodePort(30007)
                .because("training cluster on bare metal without a load balancer or ingress")))
        .build();
  }
}
