package dev.shipshape.samples.services;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's LoadBalancer lab on AWS: an internet-facing Network Load Balancer on port
 * 80, forwarding to 8080, open only to the office network.
 */
public final class LoadBalancerLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("loadbalancer-lab")
        .cloud(Cloud.AWS)
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .replicas(2)
            .service(Service.loadBalancer().internetFacing().port(80)
                .sourceRanges("203.0.113.0/24")))
        .build();
  }
}
