package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/**
 * The source material's {@code web-ingress} lab: host {@code web.example.com}, path {@code /}
 * (Prefix) to Service {@code web-service} on port 80, behind the NGINX Ingress Controller the lab
 * installs — with the TLS the lab's best practices ask for (cert-manager and Let's Encrypt).
 */
public final class WebIngressLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("web-ingress")
        .cni(Cni.CALICO)
        .ingressController(IngressController.nginx())
        .tlsIssuer(LetsEncrypt.email("ops@example.com"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .service(Service.clusterIp().name("web-service").port(80))
            .exposeViaIngress(Routes.host("web.example.com").tls(Tls.certManager())))
        .build();
  }
}
