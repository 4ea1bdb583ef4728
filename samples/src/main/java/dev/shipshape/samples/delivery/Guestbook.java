package dev.shipshape.samples.delivery;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * A guestbook delivered as a kustomize base with one overlay per environment: dev runs single
 * replicas (so its overlay deletes the disruption budgets), prod runs more replicas of images pinned
 * by digest under the production profile. {@code kubectl kustomize guestbook/overlays/prod} builds
 * exactly what the environment-directories layout renders for prod.
 */
public final class Guestbook implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("guestbook")
        .app(App.deployment("frontend")
            .image("ghcr.io/acme/guestbook-frontend:3.1.0")
            .replicas(2)
            .port(8080)
            .env("BACKEND_URL", "http://backend")
            .service(Service.clusterIp().port(80)))
        .app(App.deployment("backend")
            .image("ghcr.io/acme/guestbook-backend:3.1.0")
            .replicas(2)
            .port(9000)
            .env("LOG_LEVEL", "info")
            .expose())
        .environment(Environment.named("dev")
            .replicas(1)
            .env("backend", "LOG_LEVEL", "debug"))
        .environment(Environment.named("prod").production()
            .replicas("frontend", 3)
            .resources("backend", Resources.requests("250m", "256Mi"))
            .image("frontend", "ghcr.io/acme/guestbook-frontend:3.1.0@sha256:1111111111111111111111111111111111111111111111111111111111111111")
            .image("backend", "ghcr.io/acme/guestbook-backend:3.1.0@sha256:2222222222222222222222222222222222222222222222222222222222222222"))
        .delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS))
        .build();
  }
}
