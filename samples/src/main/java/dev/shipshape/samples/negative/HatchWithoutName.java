package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.UserObject;
import java.util.Map;

/** Raw objects without a name, with a name that is no DNS name, and of a kind without a declared scope. */
public final class HatchWithoutName implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("hatch-without-name")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080))
        .object(UserObject.yaml("""
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              labels:
                team: web
            spec:
              maxUnavailable: 1
            """))
        .object(UserObject.custom("monitoring.coreos.com/v1", "PodMonitor", "Web_Pods", Map.of()))
        .object(UserObject.custom("example.com/v1", "Widget", "blue", Map.of("size", 3)))
        .build();
  }
}
