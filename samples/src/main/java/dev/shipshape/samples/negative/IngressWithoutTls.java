package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;

/** A public Ingress without TLS and without a written reason: an error. */
public final class IngressWithoutTls implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("ingress-without-tls")
        .ingressController(IngressController.traefik())
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .port(8080)
            .exposeViaIngress(Routes.host("web.example.com")))
        .build();
  }
}
