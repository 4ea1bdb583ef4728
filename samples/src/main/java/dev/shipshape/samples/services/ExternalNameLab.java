package dev.shipshape.samples.services;

import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;

/**
 * The source material's ExternalName lab: apps in the namespace call {@code external-api}, which
 * resolves to {@code api.example.com}.
 */
public final class ExternalNameLab implements ManifestSource {

  @Override
  public Stack define() {
    return Stack.named("externalname-lab")
        .externalName("external-api", "api.example.com")
        .build();
  }
}
