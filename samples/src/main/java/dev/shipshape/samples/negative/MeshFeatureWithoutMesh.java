package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * Retries, a timeout, circuit breaking and a canary on a stack without a mesh: plain Kubernetes
 * Services do none of that, so each is an error whose hint says how to enable a mesh.
 */
public final class MeshFeatureWithoutMesh implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("mesh-feature-without-mesh")
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFromNamespace("ingress-nginx")
            .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(90, 10))
            .retries(Retries.attempts(3).perTryTimeout("2s"))
            .timeout("5s")
            .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5)))
        .build();
  }
}
