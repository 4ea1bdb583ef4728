package it.demo;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;

/** One app in dev and prod: it renders into deploy/prod/, where the project keeps a file. */
public final class Demo implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("demo")
        .app(App.deployment("web").image("ghcr.io/acme/web:1.0.0").port(8080).replicas(2).expose())
        .environment(Environment.named("dev").replicas(1))
        .environment(Environment.named("prod").replicas("web", 3))
        .build();
  }
}
