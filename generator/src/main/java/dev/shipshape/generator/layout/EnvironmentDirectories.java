package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The default layout: every environment fully rendered in its own directory, cluster-scoped objects
 * apart, and a {@code Kustomization} file in every directory, so {@code kubectl kustomize prod}
 * builds the whole environment and {@code prod/shop} one stack.
 *
 * <pre>
 * prod/Kustomization
 * prod/_cluster/shop/namespace.yaml     cluster-scoped objects of stack shop
 * prod/shop/web/deployment.yaml         namespaced objects, per app
 * prod/shop/payments/service.yaml
 * prod/shop/traffic.md                 who may talk to whom, as a Mermaid diagram
 * </pre>
 *
 * <p>A stack without environments renders once, without the environment directory:
 * {@code _cluster/lab/namespace.yaml}, {@code lab/web/deployment.yaml}.
 */
public final class EnvironmentDirectories implements OutputLayout {

  @Override
  public SortedMap<String, JsonNode> arrange(RenderedStack stack) {
    SortedMap<String, JsonNode> files = new TreeMap<>();
    for (RenderedEnvironment environment : stack.deployed()) {
      for (Manifest manifest : environment.manifests()) {
        put(files, pathOf(environment, manifest), manifest.body());
      }
    }
    return files;
  }

  /** Where {@code manifest} of {@code environment} goes, e.g. {@code prod/shop/web/deployment.yaml}. */
  public String pathOf(RenderedEnvironment environment, Manifest manifest) {
    String stackName = environment.stack().name();
    String directory = ObjectFiles.isClusterScoped(manifest)
        ? ObjectFiles.CLUSTER + "/" + stackName
        : stackName;
    return prefix(environment.name()) + directory + "/" + ObjectFiles.fileOf(environment.stack(), manifest);
  }

  @Override
  public List<String> kustomizeRoots(RenderedStack stack) {
    return stack.deployed().stream().map(e -> e.name().orElse(".")).toList();
  }

  @Override
  public List<DeliveryUnit> deliveryUnits(RenderedStack stack) {
    String name = stack.declared().name();
    String environment = stack.declared().environments().isEmpty() ? "" : DeliveryUnit.ENV + "/";
    boolean clusterScoped = stack.deployed().stream().flatMap(e -> e.manifests().stream())
        .anyMatch(ObjectFiles::isClusterScoped);
    List<DeliveryUnit> units = new ArrayList<>();
    if (clusterScoped) {
      units.add(new DeliveryUnit(name + "-cluster", environment + ObjectFiles.CLUSTER + "/" + name,
          Optional.empty()));
    }
    units.add(new DeliveryUnit(name, environment + name,
        clusterScoped ? Optional.of(name + "-cluster") : Optional.empty()));
    return units;
  }

  @Override
  public Map<String, RenderedEnvironment> stackDirectories(RenderedStack stack) {
    Map<String, RenderedEnvironment> directories = new LinkedHashMap<>();
    for (RenderedEnvironment environment : stack.deployed()) {
      directories.put(prefix(environment.name()) + environment.stack().name(), environment);
    }
    return directories;
  }

  private static String prefix(Optional<String> environment) {
    return environment.map(name -> name + "/").orElse("");
  }

  /** Adds a file, refusing to put two objects at one path. */
  static void put(SortedMap<String, JsonNode> files, String path, JsonNode document) {
    if (files.putIfAbsent(path, document) != null) {
      throw new IllegalStateException("the layout put two objects at " + path);
    }
  }
}
