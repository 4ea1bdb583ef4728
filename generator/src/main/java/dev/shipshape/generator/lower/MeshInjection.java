package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.MeshKind;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.MeshProfile;
import dev.shipshape.generator.practices.EffectivePractices;
import dev.shipshape.generator.transform.PodTemplates;
import dev.shipshape.generator.transform.RenderedObjects;
import dev.shipshape.generator.transform.Transform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The transform that makes pods join the stack's mesh: the Namespace's injection label
 * ({@code istio-injection: enabled}, {@code istio.io/dataplane-mode: ambient}) or annotation
 * ({@code linkerd.io/inject: enabled}); the same on each pod when Shipshape does not render the
 * Namespace; and, for Linkerd, the scrape annotations of the proxy's metrics. Istio's sidecar
 * injector writes its own scrape annotations (metrics merging), so none are rendered for it.
 * Without a mesh nothing changes.
 */
public final class MeshInjection implements Transform {

  @Override
  public String name() {
    return MESH_INJECTION;
  }

  @Override
  public void apply(RenderedObjects objects) {
    Stack stack = objects.stack();
    Optional<Mesh> mesh = stack.mesh();
    if (mesh.isEmpty()) {
      return;
    }
    objects.find("Namespace", stack.namespaceName()).ifPresent(namespace -> {
      ObjectNode metadata = (ObjectNode) namespace.body().get("metadata");
      putAll(metadata, "labels", labels(mesh.get()));
      putAll(metadata, "annotations", annotations(mesh.get()));
    });
    for (Manifest object : objects.all()) {
      Optional<App> app = object.owner().flatMap(owner -> app(stack, owner));
      Optional<ObjectNode> pod = PodTemplates.of(object);
      if (app.isPresent() && pod.isPresent()) {
        ObjectNode metadata = child(pod.get(), "metadata");
        putAll(metadata, "labels", podLabels(stack));
        putAll(metadata, "annotations", podAnnotations(stack, app.get()));
      }
    }
  }

  private static Optional<App> app(Stack stack, String name) {
    return stack.apps().stream().filter(app -> app.name().equals(name)).findFirst();
  }

  /** The pod's injection labels, when the Namespace is not rendered. */
  private static Map<String, String> podLabels(Stack stack) {
    return podLevel(stack).map(mesh -> mesh.kind() == MeshKind.ISTIO
        ? Map.of("sidecar.istio.io/inject", "true") : labels(mesh)).orElse(Map.of());
  }

  /** The pod's injection annotations when the Namespace is not rendered, and proxy metrics for Linkerd. */
  private static Map<String, String> podAnnotations(Stack stack, App app) {
    Map<String, String> annotations = new LinkedHashMap<>();
    podLevel(stack).ifPresent(mesh -> annotations.putAll(annotations(mesh)));
    stack.mesh().filter(mesh -> mesh.kind() == MeshKind.LINKERD && mesh.metricsNamespace().isPresent())
        .filter(mesh -> !app.podAnnotations().containsKey("prometheus.io/scrape"))
        .map(MeshProfile::new).ifPresent(profile -> {
          annotations.put("prometheus.io/scrape", "true");
          annotations.put("prometheus.io/port", String.valueOf(profile.metricsPort().orElseThrow().number()));
          annotations.put("prometheus.io/path", profile.metricsPath());
        });
    return annotations;
  }

  private static void putAll(ObjectNode metadata, String field, Map<String, String> entries) {
    if (!entries.isEmpty()) {
      ObjectNode map = child(metadata, field);
      entries.forEach(map::put);
    }
  }

  private static ObjectNode child(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
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
    return switch (mesh.kind()) {
      case LINKERD -> Map.of("linkerd.io/inject", "enabled");
      case ISTIO, ISTIO_AMBIENT -> Map.of();
    };
  }
}
