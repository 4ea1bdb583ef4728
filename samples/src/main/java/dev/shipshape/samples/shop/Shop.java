package dev.shipshape.samples.shop;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Egress;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Tls;
import dev.shipshape.dsl.ArgoCd;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * A realistic shop: a web front end behind Traefik with a Let's Encrypt certificate, an API with
 * Secret-backed credentials and HTTP health checks, a background worker, a headless Service for a
 * cache's peers, and an alias for the external payment provider; NetworkPolicies allow exactly
 * web → api → cache, worker → api, the cache's peers, monitoring → api, and api → the provider.
 * A team label marks every object; the API's pods are annotated for a metrics scraper.
 *
 * <p>It is deployed to three environments that override only what differs: dev and staging share a
 * cluster (their own namespaces, one replica each in dev, debug logging), prod runs on AWS under the
 * production profile with more replicas and every image pinned by digest. Argo CD and Flux objects
 * point at the rendered directories, and a Helm chart ({@code .charts/shop/}) with a values file per
 * environment renders the same objects.
 */
public final class Shop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("shop")
        .label("example.com/team", "storefront")
        .cni(Cni.CALICO)
        .ingressController(IngressController.traefik())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .component("frontend")
            .service(Service.clusterIp().port(80))
            .exposeViaIngress(Routes.host("shop.example.com").host("www.shop.example.com")
                .tls(Tls.certManager()))
            .allowTo("api"))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2@sha256:9b2c3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809")
            .replicas(3)
            .port(8080)
            .port("metrics", 9090)
            .component("api")
            .podAnnotation("prometheus.io/scrape", "true")
            .podAnnotation("prometheus.io/port", "9090")
            .env("LOG_LEVEL", "info")
            .env("PAYMENTS_URL", "http://payments")
            .env("DB_PASSWORD", SecretRef.of("api-db", "password"))
            .env("FEATURE_FLAGS", ConfigMapRef.of("api-config", "features"))
            .resources(Resources.requests("250m", "256Mi").memoryLimit("512Mi"))
            .startup(Probe.http("/healthz").periodSeconds(5).failureThreshold(30))
            .liveness(Probe.http("/healthz"))
            .readiness(Probe.http("/ready").periodSeconds(5))
            .service(Service.clusterIp().port(80).port(9090, "metrics"))
            .allowFromNamespace("monitoring")
            .allowTo("cache")
            .allowTo(Egress.host("api.payments.example.com")))
        .app(App.deployment("worker")
            .image("ghcr.io/acme/worker:1.4.2")
            .command("/app/worker")
            .args("--queue", "orders", "--concurrency", "4")
            .component("worker")
            .env("QUEUE_TOKEN", SecretRef.of("worker-queue", "token"))
            .liveness(Probe.exec("/app/worker", "--health"))
            .readiness(Probe.exec("/app/worker", "--health", "--ready"))
            .allowTo("api"))
        .app(App.deployment("cache")
            .image("ghcr.io/acme/cache:7.4.2")
            .replicas(3)
            .port("cache", 6379)
            .port("gossip", 7946)
            .component("cache")
            .service(Service.headless())
            .allowFrom("cache"))
        .externalName("payments", "api.payments.example.com")
        .suppress("NET-EGRESS-FQDN", "the payment provider publishes no address ranges")
        .environment(Environment.named("dev")
            .namespace("shop-dev")
            .replicas(1)
            .env("api", "LOG_LEVEL", "debug"))
        .environment(Environment.named("staging")
            .namespace("shop-staging"))
        .environment(Environment.named("prod").production()
            .cloud(Cloud.AWS)
            .replicas("web", 4)
            .replicas("worker", 2)
            .resources("api", Resources.requests("500m", "512Mi").memoryLimit("1Gi"))
            .image("web", "ghcr.io/acme/web:2.3.1@sha256:4f1c2e3d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f")
            .image("worker", "ghcr.io/acme/worker:1.4.2@sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9")
            .image("cache", "ghcr.io/acme/cache:7.4.2@sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES)
            .argoCd(ArgoCd.of("https://github.com/acme/shop-deploy.git"))
            .fluxSource("shop-deploy")
            .helmChart(HelmChart.version("2.3.1")))
        .build();
  }
}
