package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Setting;
import dev.shipshape.dsl.Stack;

/**
 * A stack full of the mistakes people make, to show that Shipshape reports all of them at once and
 * writes nothing. Its production environment adds the mistakes of environments (an override of an
 * app that does not exist, a stack setting overridden for one app) and what the production profile
 * refuses (single replicas, tags without digests, a NodePort without a reason). Its approved output
 * is {@code diagnostics.txt}.
 */
public final class BrokenShop implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("broken-shop")
        .app(App.deployment("Web_Frontend")
            .image("nginx:latest")
            .port(8080)
            .resources(Resources.requests("250m", "5GB"))
            .service(Service.nodePort().port(80).nodePort(80)))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .port(8080)
            .env("DB_PASSWORD", "root123")
            .service(Service.clusterIp().port(80, "grpc")))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .port(8080))
        .externalName("legacy-db", "10.0.12.7")
        .suppress("NET-NODEPORTS-RISK", "lab")
        .environment(Environment.named("prod").production()
            .replicas("wbe", 3)
            .set("api", Setting.CLOUD, Cloud.AWS))
        .build();
  }
}
