package dev.shipshape.samples.mesh;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The same shop on Linkerd: mTLS by default, Servers with identity-based AuthorizationPolicies, an
 * 80/20 traffic split through per-version Services, retries and timeouts on Gateway API HTTPRoutes,
 * and failure accrual (circuit breaking) on the Service.
 */
public final class LinkerdShop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("linkerd-shop")
        .cni(Cni.CALICO)
        .mesh(Mesh.linkerd().cniPlugin().metricsScrapedFrom("linkerd-viz"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFromNamespace("ingress-nginx")
            .suppress("MESH-PLAINTEXT-CLIENT", "ingress-nginx runs meshed (linkerd.io/inject: ingress)")
            .allowTo("api"))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(3)
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFrom("web")
            .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(80, 20))
            .retries(Retries.attempts(2).perTryTimeout("1s").on(RetryOn.SERVER_ERROR))
            .timeout("4s")
            .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(7).ejectFor("30s")))
        .build();
  }
}
