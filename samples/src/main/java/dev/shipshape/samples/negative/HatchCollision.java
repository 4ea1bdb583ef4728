package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.UserObject;

/**
 * A raw object with the identity of a generated one (the app's Service), and the same raw object
 * twice: errors that name both sources.
 */
public final class HatchCollision implements ManifestSource {

  private static final String SERVICE = """
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        selector:
          app.kubernetes.io/name: web
        ports:
          - name: http
            port: 80
            targetPort: 8080
      """;

  private static final String SETTINGS = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: web-settings
      data:
        mode: fast
      """;

  @Override
  public Stack define() {
    return Stack.named("hatch-collision")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).expose()
            .object(UserObject.yaml(SERVICE)))
        .object(UserObject.yaml(SETTINGS))
        .object(UserObject.yaml(SETTINGS))
        .build();
  }
}
