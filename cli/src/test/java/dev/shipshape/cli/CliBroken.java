package dev.shipshape.cli;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;

/** A stack with an unpinned image, for the CLI tests. */
public final class CliBroken implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("broken").app(App.deployment("web").image("nginx:latest").port(8080)).build();
  }
}
