package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import java.util.Optional;

/**
 * Istio's namespace-wide {@code PeerAuthentication} named {@code default}: mutual TLS {@code STRICT}
 * (or {@code PERMISSIVE} while clients outside the mesh are migrated). Linkerd needs no object: it
 * encrypts and authenticates every TCP connection between meshed pods by default.
 */
final class PeerAuthenticationLowering {

  private PeerAuthenticationLowering() {}

  static Optional<Manifest> lower(Stack stack, Marks marks) {
    return stack.mesh().filter(mesh -> mesh.kind().istio()).map(mesh -> {
      ObjectNode policy = Nodes.resource("security.istio.io/v1", "PeerAuthentication", ObjectMetadata.ofStack(stack, marks, "default"));
      policy.putObject("spec").putObject("mtls").put("mode", mesh.mtls().name());
      return new Manifest(Optional.empty(), policy);
    });
  }

}
