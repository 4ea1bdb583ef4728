package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.lower.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A kustomize base rendered from the stack as declared, and one overlay per environment holding
 * exactly what the environment changes: JSON patches for changed objects, added objects as
 * resources, and {@code $patch: delete} for objects the environment does not have (e.g. a disruption
 * budget when dev runs one replica). {@code kubectl kustomize shop/overlays/prod} builds the same
 * objects the {@link EnvironmentDirectories} layout renders for prod.
 *
 * <pre>
 * shop/base/kustomization.yaml
 * shop/base/_cluster/namespace.yaml
 * shop/base/web/deployment.yaml
 * shop/overlays/prod/kustomization.yaml
 * shop/overlays/prod/patches/web/deployment.yaml      [{op: replace, path: /spec/replicas, value: 4}]
 * shop/overlays/dev/deletions/web/poddisruptionbudget.yaml
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
      overlay(files, root + "/overlays/" + environment.name().orElseThrow(), stack.base().stack(),
          base, environment);
    }
    return files;
  }

  private static void overlay(SortedMap<String, JsonNode> files, String directory, Stack baseStack,
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
        EnvironmentDirectories.put(files, directory + "/patches/" + file,
            JsonPatches.between(before.body(), manifest.body()));
        ObjectNode patch = patch("patches/" + file);
        patch.set("target", target(before));
        patches.add(patch);
      }
    }
    for (Map.Entry<String, Manifest> entry : base.entrySet()) {
      if (!deployed.containsKey(entry.getKey())) {
        String file = fileOf(baseStack, entry.getValue());
        EnvironmentDirectories.put(files, directory + "/deletions/" + file, deletion(entry.getValue()));
        patches.add(patch("deletions/" + file));
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

  private static ObjectNode patch(String path) {
    ObjectNode patch = JsonNodeFactory.instance.objectNode();
    patch.put("path", path);
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
