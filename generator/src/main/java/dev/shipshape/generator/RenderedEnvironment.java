package dev.shipshape.generator;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.lower.Manifest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stack as deployed in one environment, lowered to Kubernetes objects.
 *
 * <pre>{@code
 * RenderedEnvironment prod = rendering.stacks().get(0).deployed().get(2);
 * prod.name();       // Optional["prod"]; empty for the stack as declared
 * prod.manifests();  // its objects: lowering's, after the transform stage
 * prod.findings();   // what the transforms reported (a patch that missed is an error)
 * }</pre>
 *
 * @param name the environment's name; empty for the stack as declared
 * @param stack the stack with the environment's overrides applied
 * @param manifests the rendered objects
 * @param findings what the transform stage reported over them
 */
public record RenderedEnvironment(Optional<String> name, Stack stack, List<Manifest> manifests,
                                  List<Diagnostic> findings) {

  public RenderedEnvironment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stack, "stack");
    manifests = List.copyOf(manifests);
    findings = List.copyOf(findings);
  }
}
