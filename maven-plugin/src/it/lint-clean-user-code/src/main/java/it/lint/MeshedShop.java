package it.lint;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Gateway;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/** A stack on Istio behind a Gateway API Gateway: the mesh and gateway builders. */
public final class MeshedShop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("meshed-shop")
        .cni(Cni.CALICO)
        .mesh(Mesh.istio().cniPlugin())
        .gateway(Gateway.named("public-gw", "infra"))
        .app(App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080).replicas(2)
            .service(Service.clusterIp().port(80))
            .exposeViaGateway(Routes.host("api.example.com"))
            .suppress("MESH-PLAINTEXT-CLIENT", "the Gateway's proxies run in the mesh")
            .timeout("5s"))
        .build();
  }
}
