package dev.shipshape.samples.negative;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.UserObject;

/**
 * YAML Shipshape cannot read: a malformed mapping, a value YAML 1.1 and 1.2 readers read
 * differently, and a resource that is not on the class path; each with its line.
 */
public final class HatchBadYaml implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("hatch-bad-yaml")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080))
        .object(UserObject.yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-settings
             labels: {team: web}
            """))
        .object(UserObject.yaml("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: web-flags
            data:
              cache: on
            """))
        .object(UserObject.resource("hatch-bad-yaml/missing.yaml"))
        .build();
  }
}
