package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/** {@code allowFrom} naming an app the stack does not have: an error with a "did you mean". */
public final class UnknownAllowTarget implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("unknown-allow-target")
        .app(App.deployment("frontend")
            .image("ghcr.io/acme/frontend:3.2.0")
            .port(8080))
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFrom("frontent"))
        .build();
  }
}
