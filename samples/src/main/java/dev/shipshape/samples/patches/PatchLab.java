package dev.shipshape.samples.patches;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Stack;

/**
 * Fields Shipshape does not model, patched onto the objects it renders: a JSON patch makes the web
 * Deployment wait ten seconds before a new pod counts as available ({@code minReadySeconds}, after
 * testing that the rollout strategy is still the one the patch was written for), a second one
 * labels it with a key that holds a slash ({@code ~1}), and a JSON patch tightens the api's
 * spreading over zones ({@code DoNotSchedule}). In prod only, a merge patch gives the api's pods a
 * minute to drain on shutdown. The stack-wide patches land in the kustomize base, the prod-only one
 * in prod's overlay, and all of them in the Helm chart (the prod one through {@code values-prod.yaml}).
 */
public final class PatchLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("patch-lab")
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .replicas(2)
            .port(8080)
            .allowTo("api"))
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .replicas(2)
            .port(8080)
            .expose())
        .patch(Patch.json("Deployment", "web")
            .test("/spec/strategy/type", "RollingUpdate")
            .add("/spec/minReadySeconds", 10))
        .patch(Patch.json("Deployment", "web", """
            - op: add
              path: /metadata/labels/example.com~1tier
              value: frontend
            """))
        .patch(Patch.json("Deployment", "api")
            .test("/spec/template/spec/topologySpreadConstraints/0/topologyKey", "topology.kubernetes.io/zone")
            .replace("/spec/template/spec/topologySpreadConstraints/0/whenUnsatisfiable", "DoNotSchedule"))
        .patch(Patch.merge("Deployment", "api", """
            spec:
              template:
                spec:
                  terminationGracePeriodSeconds: 60
            """).onlyIn("prod"))
        .environment(Environment.named("dev"))
        .environment(Environment.named("prod").production()
            .replicas("web", 3)
            .image("web", "ghcr.io/acme/web:2.3.1@sha256:4f1c2e3d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f")
            .image("api", "ghcr.io/acme/api:1.4.2@sha256:9b2c3a4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809"))
        .delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS).helmChart(HelmChart.version("1.0.0")))
        .build();
  }
}
