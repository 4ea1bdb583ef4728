package it.broken;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;

/** An unpinned image, and a production environment with a single replica. */
public final class Broken implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("broken")
        .app(App.deployment("web").image("nginx:latest").port(8080))
        .environment(Environment.named("prod").production())
        .build();
  }
}
