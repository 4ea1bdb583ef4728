package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/** Two apps claiming the same host and path: which one gets the requests is up to the controller. */
public final class DuplicateRoute implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("duplicate-route")
        .ingressController(IngressController.haproxy())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .port(8080)
            .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager())))
        .app(App.deployment("web-next")
            .image("ghcr.io/acme/web:3.0.0")
            .port(8080)
            .exposeViaIngress(Routes.host("shop.example.com").tls(Tls.certManager())))
        .build();
  }
}
