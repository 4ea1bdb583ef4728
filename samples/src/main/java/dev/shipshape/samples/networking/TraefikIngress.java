package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Dns01;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.LetsEncrypt;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/**
 * Traefik v3 with cert-manager: Let's Encrypt staging while testing, HTTP-01 bound to the
 * {@code traefik} class, and a Cloudflare DNS-01 solver for a wildcard host.
 */
public final class TraefikIngress implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("traefik-ingress")
        .cni(Cni.CALICO)
        .ingressController(IngressController.traefik())
        .tlsIssuer(LetsEncrypt.email("ops@example.com").staging()
            .dns01(Dns01.cloudflare(SecretRef.of("cloudflare-api", "token"), "tenants.example.com")))
        .app(App.deployment("portal")
            .image("ghcr.io/acme/portal:5.0.3")
            .replicas(2)
            .port(8080)
            .exposeViaIngress(Routes.host("portal.example.com").tls(Tls.certManager())))
        .app(App.deployment("tenant-site")
            .image("ghcr.io/acme/tenant-site:1.9.0")
            .replicas(2)
            .port(8080)
            .exposeViaIngress(Routes.host("*.tenants.example.com").tls(Tls.certManager()))
            .allowTo("portal"))
        .build();
  }
}
