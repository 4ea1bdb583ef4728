package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A kustomize base rendered from the stack as declared, and one overlay per environment holding
 * exactly what the environment changes: inline JSON patches for changed objects, added objects as
 * resources, and inline {@code $patch: delete} patches for objects the environment does not have
 * (e.g. a disruption budget when dev runs one replica). {@code kubectl kustomize
 * shop/overlays/prod} builds the same objects the {@link EnvironmentDirectories} layout renders for
 * prod. Patches live inside the overlay's {@code Kustomization}, so every {@code .yaml} file of the
 * tree is a Kubernetes object.
 *
 * <pre>
 * shop/base/Kustomization
 * shop/base/_cluster/namespace.yaml
 * shop/base/web/deployment.yaml
 * shop/overlays/prod/Kustomization        patches: [{patch: "- op: replace\n  path: /spec/replicas…"}]
 * shop/overlays/prod/resources/web/ingress.yaml
 * </pre>
 */
public final class KustomizeOverlays implements OutputLayout {

  @Override
  public SortedMap<String, JsonNode> arrange(RenderedStack stack) {
    SortedMap<String, JsonNode> files = new TreeMap<>();
    String root = stack.declared().name();
    Map<String, Manifest> base = byIdentity(stack.base());
    for (Manifest manifest : stack.base().manifests()) {
      EnvironmentDirectories.put(files, root + "/base/" + fileOf(stack.base().stack(), manifest),
          manifest.body());
    }
    for (RenderedEnvironment environment : stack.environments()) {
      overlay(files, root + "/overlays/" + environment.name().orElseThrow(), base, environment);
    }
    return files;
  }

  private static void overlay(SortedMap<String, JsonNode> files, String directory,
      Map<String, Manifest> base, RenderedEnvironment environment) {
    ObjectNode kustomization = Kustomizations.of(List.of("../../base"));
    ArrayNode resources = (ArrayNode) kustomization.get("resources");
    List<ObjectNode> patches = new ArrayList<>();
    Map<String, Manifest> deployed = byIdentity(environment);
    for (Map.Entry<String, Manifest> entry : deployed.entrySet()) {
      Manifest manifest = entry.getValue();
      Manifest before = base.get(entry.getKey());
      String file = fileOf(environment.stack(), manifest);
      if (before == null) {
        EnvironmentDirectories.put(files, directory + "/resources/" + file, manifest.body());
        resources.add("resources/" + file);
      } else if (!before.body().equals(manifest.body())) {
        ObjectNode patch = inline(JsonPatches.between(before.body(), manifest.body()));
        patch.set("target", target(before));
        patches.add(patch);
      }
    }
    for (Map.Entry<String, Manifest> entry : base.entrySet()) {
      if (!deployed.containsKey(entry.getKey())) {
        patches.add(inline(deletion(entry.getValue())));
      }
    }
    if (!patches.isEmpty()) {
      patches.forEach(kustomization.putArray("patches")::add);
    }
    EnvironmentDirectories.put(files, directory + "/" + Kustomizations.FILE, kustomization);
  }

  @Override
  public List<String> kustomizeRoots(RenderedStack stack) {
    return List.of(stack.declared().name() + "/base");
  }

  @Override
  public List<DeliveryUnit> deliveryUnits(RenderedStack stack) {
    String name = stack.declared().name();
    String path = stack.declared().environments().isEmpty()
        ? name + "/base"
        : name + "/overlays/" + DeliveryUnit.ENV;
    return List.of(new DeliveryUnit(name, path, Optional.empty()));
  }

  @Override
  public Map<String, RenderedEnvironment> stackDirectories(RenderedStack stack) {
    return Map.of(stack.declared().name() + "/base", stack.base());
  }

  private static String fileOf(Stack stack, Manifest manifest) {
    return (ObjectFiles.isClusterScoped(manifest) ? ObjectFiles.CLUSTER + "/" : "")
        + ObjectFiles.fileOf(stack, manifest);
  }

  /** Objects by apiVersion, kind, namespace and name: what kustomize matches patches on. */
  private static Map<String, Manifest> byIdentity(RenderedEnvironment environment) {
    Map<String, Manifest> objects = new LinkedHashMap<>();
    for (Manifest manifest : environment.manifests()) {
      JsonNode metadata = manifest.body().path("metadata");
      objects.put(manifest.apiVersion() + "|" + manifest.kind() + "|"
          + metadata.path("namespace").asText() + "|" + manifest.name(), manifest);
    }
    return objects;
  }

  /** A patch entry whose text (a JSON patch list or a strategic-merge patch) is inline. */
  private static ObjectNode inline(JsonNode patchDocument) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.put("patch", CanonicalYaml.write(patchDocument));
    return patch;
  }

  private static ObjectNode target(Manifest manifest) {
    ObjectNode target = JsonNodeFactory.instance.objectNode();
    String apiVersion = manifest.apiVersion();
    int slash = apiVersion.indexOf('/');
    if (slash > 0) {
      target.put("group", apiVersion.substring(0, slash));
    }
    target.put("version", apiVersion.substring(slash + 1));
    target.put("kind", manifest.kind());
    target.put("name", manifest.name());
    JsonNode namespace = manifest.body().path("metadata").path("namespace");
    if (!namespace.isMissingNode()) {
      target.put("namespace", namespace.asText());
    }
    return target;
  }

  /** A strategic-merge patch that deletes the object from the base. */
  private static ObjectNode deletion(Manifest manifest) {
    ObjectNode deletion = JsonNodeFactory.instance.objectNode();
    deletion.put("apiVersion", manifest.apiVersion());
    deletion.put("kind", manifest.kind());
    ObjectNode metadata = deletion.putObject("metadata");
    metadata.put("name", manifest.name());
    JsonNode namespace = manifest.body().path("metadata").path("namespace");
    if (!namespace.isMissingNode()) {
      metadata.put("namespace", namespace.asText());
    }
    deletion.put("$patch", "delete");
    return deletion;
  }
}
