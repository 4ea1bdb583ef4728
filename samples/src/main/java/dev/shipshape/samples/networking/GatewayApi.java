package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;

/**
 * The Gateway API alternative to an Ingress for the same intent: HTTPRoutes attached to the
 * platform's {@code public-gw} Gateway in namespace {@code infra} (which terminates TLS), one per app,
 * plus a route on the HTTP listener that redirects to HTTPS.
 */
public final class GatewayApi implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("gateway-api")
        .cni(Cni.CILIUM)
        .gateway(Gateway.named("public-gw", "infra"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .exposeViaGateway(Routes.host("shop.example.com").host("www.shop.example.com")))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(2)
            .port(8080)
            .exposeViaGateway(Routes.host("shop.example.com", "/api"))
            .allowFrom("web"))
        .build();
  }
}
