package dev.shipshape.samples.mesh;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Colour;
import dev.shipshape.dsl.HttpMethod;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * A shop on Istio with sidecars: STRICT mTLS for the namespace, identity-based authorization next to
 * the NetworkPolicies, a 90/10 canary of the API with retries, a timeout and circuit breaking, a
 * blue/green checkout switched to green, proxy metrics for Prometheus and 10 % tracing.
 */
public final class IstioShop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("istio-shop")
        .cni(Cni.CALICO)
        .mesh(Mesh.istio().cniPlugin().metricsScrapedFrom("monitoring").tracingSampling(10))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFromNamespace("istio-ingress")
            .suppress("MESH-PLAINTEXT-CLIENT", "the Istio ingress gateway in istio-ingress is part of the mesh")
            .allowTo("api")
            .allowTo("checkout"))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(3)
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFrom("web")
            .rollout(Rollout.canary("ghcr.io/acme/api:1.5.0").weights(90, 10))
            .retries(Retries.attempts(3).perTryTimeout("2s")
                .on(RetryOn.GATEWAY_ERROR, RetryOn.CONNECT_FAILURE, RetryOn.RESET))
            .timeout("5s")
            .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5).interval("10s").ejectFor("30s")
                .maxEjectionPercent(50).maxConnections(100).maxPendingRequests(50).maxRequests(200)))
        .app(App.deployment("checkout")
            .image("ghcr.io/acme/checkout:4.0.0")
            .replicas(2)
            .port(8080)
            .service(Service.clusterIp().port(80))
            .rollout(Rollout.blueGreen("ghcr.io/acme/checkout:4.1.0").live(Colour.GREEN))
            .retries(Retries.attempts(2).perTryTimeout("1s").methods(HttpMethod.GET, HttpMethod.POST)
                .includingNonIdempotent("POST /orders carries an Idempotency-Key the service deduplicates"))
            .timeout("3s"))
        .build();
  }
}
