package dev.shipshape.samples.mesh;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cni;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;

/**
 * The {@code backend-policy} lab in Istio's ambient mode: no sidecars, L4 mTLS by ztunnel, the
 * backend admitting the frontend's identity, and NetworkPolicies opened for the HBONE tunnel (15008)
 * and for kubelet probes, which ztunnel SNATs to 169.254.7.127.
 */
public final class IstioAmbientLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("istio-ambient")
        .cni(Cni.CALICO)
        .mesh(Mesh.istioAmbient())
        .app(App.deployment("frontend")
            .image("ghcr.io/acme/frontend:3.2.0")
            .port(8080))
        .app(App.deployment("backend")
            .image("ghcr.io/acme/backend:1.4.2")
            .port(8080)
            .service(Service.clusterIp().port(80))
            .allowFrom("frontend"))
        .build();
  }
}
