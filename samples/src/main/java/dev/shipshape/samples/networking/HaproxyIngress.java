package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/**
 * HAProxy Kubernetes Ingress in a namespace of the platform team's choosing, with a certificate from
 * a ClusterIssuer the platform already runs, and an internal admin app that needs no TLS.
 */
public final class HaproxyIngress implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("haproxy-ingress")
        .cni(Cni.CANAL)
        .ingressController(IngressController.haproxy().namespace("haproxy-system"))
        .app(App.deployment("store")
            .image("ghcr.io/acme/store:4.2.0")
            .replicas(2)
            .port(8080)
            .exposeViaIngress(Routes.host("store.example.com").tls(Tls.certManager("corp-acme"))))
        .app(App.deployment("admin")
            .image("ghcr.io/acme/admin:3.0.1")
            .port(8080)
            .exposeViaIngress(Routes.host("admin.internal.example.com").internal()))
        .build();
  }
}
