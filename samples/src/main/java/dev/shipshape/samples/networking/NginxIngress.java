package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.PathType;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/**
 * ingress-nginx (retired upstream, so Shipshape warns) with host- and path-based routing: two apps
 * behind one host, a second host, an Exact health path, a regular-expression path for a legacy app,
 * and a certificate from an existing TLS Secret.
 */
public final class NginxIngress implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("nginx-ingress")
        .cni(Cni.CILIUM)
        .ingressController(IngressController.nginx())
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .exposeViaIngress(Routes.host("shop.example.com")
                .host("www.shop.example.com")
                .tls(Tls.secret("shop-example-com-tls"))))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(2)
            .port(8080)
            .port("metrics", 9090)
            .exposeViaIngress(Routes.host("shop.example.com", "/api")
                .route("shop.example.com", "/healthz", PathType.EXACT)
                .backendPort("http")
                .tls(Tls.secret("shop-example-com-tls")))
            .allowFromNamespace("monitoring"))
        .app(App.deployment("legacy")
            .image("ghcr.io/acme/legacy:7.1.0")
            .port(8080)
            .exposeViaIngress(Routes.host("legacy.example.com")
                .route("legacy.example.com", "/v1(/|$)(.*)", PathType.IMPLEMENTATION_SPECIFIC)
                .tls(Tls.secret("legacy-example-com-tls"))
                .withoutHttpsRedirect()))
        .build();
  }
}
