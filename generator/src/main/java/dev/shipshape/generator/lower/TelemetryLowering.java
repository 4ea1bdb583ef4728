package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import java.util.Optional;

/**
 * Istio's namespace-wide {@code Telemetry} with the tracing sampling percentage, when the stack asks
 * for one (validation refuses it for Linkerd, whose proxies follow the caller's sampling decision).
 */
final class TelemetryLowering {

  private TelemetryLowering() {}

  static Optional<Manifest> lower(Stack stack, Marks marks) {
    return stack.mesh().filter(mesh -> mesh.kind().istio()).flatMap(mesh -> mesh.tracingSamplingPercent())
        .map(percent -> {
          ObjectNode telemetry = Nodes.resource("telemetry.istio.io/v1", "Telemetry", ObjectMetadata.ofStack(stack, marks, "default"));
          telemetry.putObject("spec").putArray("tracing").addObject().put("randomSamplingPercentage", percent);
          return new Manifest(Optional.empty(), telemetry);
        });
  }
}
