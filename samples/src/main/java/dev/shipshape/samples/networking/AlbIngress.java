package dev.shipshape.samples.networking;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.Egress;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;

/**
 * The AWS Load Balancer Controller: one internet-facing ALB shared by the stack's Ingresses (group),
 * pod IP targets, TLS from an ACM certificate with HTTP redirected to 443, and NetworkPolicies that
 * let the VPC range in. The API also reaches a managed database subnet.
 */
public final class AlbIngress implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("alb-ingress")
        .cloud(Cloud.AWS)
        .cni(Cni.CALICO)
        .ingressController(IngressController.alb().vpcCidr("10.0.0.0/16").groupName("shop"))
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .exposeViaIngress(Routes.host("shop.example.com")
                .tls(Tls.acm("arn:aws:acm:eu-central-1:111122223333:certificate/3f2a9c1e-5d4b-4e8a-9b7c-1a2b3c4d5e6f")))
            .allowTo("api"))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(2)
            .port(8080)
            .expose()
            .allowTo(Egress.cidr("10.20.0.0/16").except("10.20.99.0/24").port(5432)))
        .build();
  }
}
