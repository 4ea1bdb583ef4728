package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The source material's {@code backend-policy} lab: only {@code frontend} may reach {@code backend}.
 * Shipshape adds what the lab's best practices ask for: a default-deny for the namespace, DNS egress
 * so names still resolve, and the frontend's side of the connection (its egress to the backend's
 * port).
 */
public final class BackendPolicyLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("backend-policy")
        .cni(Cni.CALICO)
        .app(App.deployment("frontend")
            .image("ghcr.io/acme/frontend:3.2.0")
            .port(8080))
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFrom("frontend"))
        .build();
  }
}
