package it.demo;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;

/** Two apps in dev and prod; -Ddemo.dropWorker=true leaves the worker out, so its files go stale. */
public final class Demo implements ManifestSource {

  @Override
  public Stack define() {
    Stack.Builder stack = Stack.named("demo")
        .app(App.deployment("web").image("ghcr.io/acme/web:1.0.0").port(8080).replicas(2).expose());
    if (!Boolean.getBoolean("demo.dropWorker")) {
      stack.app(App.deployment("worker").image("ghcr.io/acme/worker:1.0.0").port(9090).replicas(2));
    }
    return stack
        .environment(Environment.named("dev").replicas(1))
        .environment(Environment.named("prod").replicas("web", 3))
        .build();
  }
}
