package dev.shipshape.generator.lower;

import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.MeshProfile;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How pods join the stack's mesh: the Namespace's injection label ({@code istio-injection: enabled},
 * {@code istio.io/dataplane-mode: ambient}) or annotation ({@code linkerd.io/inject: enabled}); the
 * same on each pod when Shipshape does not render the Namespace; and, for Linkerd, the scrape
 * annotations of the proxy's metrics. Istio's sidecar injector writes its own scrape annotations
 * (metrics merging), so none are rendered for it. Without a mesh nothing is added.
 */
final class MeshInjection {

  private MeshInjection() {}

  /** Labels the Namespace carries for the mesh. */
  static Map<String, String> namespaceLabels(Stack stack) {
    return stack.mesh().map(MeshInjection::labels).orElse(Map.of());
  }

  /** Annotations the Namespace carries for the mesh. */
  static Map<String, String> namespaceAnnotations(Stack stack) {
    return stack.mesh().map(MeshInjection::annotations).orElse(Map.of());
  }

  /** The pod template's labels: the workload's, plus injection when the Namespace is not rendered. */
  static Map<String, String> podLabels(AppContext context) {
    Map<String, String> labels = new LinkedHashMap<>(context.podLabels());
    podLevel(context.stack()).ifPresent(mesh -> labels.putAll(mesh.kind() == MeshKind.ISTIO
        ? Map.of("sidecar.istio.io/inject", "true") : labels(mesh)));
    return labels;
  }

  /** The pod template's annotations: the user's, injection and proxy metrics for Linkerd. */
  static Map<String, String> podAnnotations(AppContext context) {
    Map<String, String> annotations = new LinkedHashMap<>(context.app().podAnnotations());
    podLevel(context.stack()).ifPresent(mesh -> annotations.putAll(annotations(mesh)));
    context.stack().mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD && mesh.metricsNamespace().isPresent())
        .filter(mesh -> !context.app().podAnnotations().containsKey("prometheus.io/scrape"))
        .map(MeshProfile::new).ifPresent(profile -> {
          annotations.put("prometheus.io/scrape", "true");
          annotations.put("prometheus.io/port", String.valueOf(profile.metricsPort().orElseThrow().number()));
          annotations.put("prometheus.io/path", profile.metricsPath());
        });
    return annotations;
  }

  /** The mesh, when pods must ask for injection themselves because the Namespace is not rendered. */
  private static Optional<Mesh> podLevel(Stack stack) {
    return stack.mesh().filter(mesh -> !EffectivePractices.of(stack).namespace());
  }

  private static Map<String, String> labels(Mesh mesh) {
    return switch (mesh.kind()) {
      case ISTIO -> Map.of("istio-injection", "enabled");
      case ISTIO_AMBIENT -> Map.of("istio.io/dataplane-mode", "ambient");
      case LINKERD -> Map.of();
    };
  }

  private static Map<String, String> annotations(Mesh mesh) {
    return mesh.kind() == MeshKind.LINKERD ? Map.of("linkerd.io/inject", "enabled") : Map.of();
  }
}
