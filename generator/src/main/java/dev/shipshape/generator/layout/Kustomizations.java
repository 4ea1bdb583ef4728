package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds a {@value #FILE} file to every directory of a tree below a kustomize root that has none yet,
 * listing its YAML files and its subdirectories (a subdirectory that is a root itself is left to its
 * own build; {@value GitOpsObjects#DIRECTORY} is never part of a build).
 *
 * <p>The file is named {@value #FILE}, the third name kustomize (and so {@code kubectl kustomize},
 * Argo CD and Flux) recognises besides {@code kustomization.yaml}: without a {@code .yaml} extension
 * it is never mistaken for a Kubernetes object by tools that read every YAML file of a tree, such as
 * strict schema validators.
 *
 * <pre>{@code
 * Kustomizations.complete(files, List.of("dev", "prod"));
 * }</pre>
 */
public final class Kustomizations {

  /** The file name kustomize looks for. */
  public static final String FILE = "Kustomization";

  private Kustomizations() {}

  /** Adds the missing {@value #FILE} files to {@code files} ('.' is the tree's root). */
  public static void complete(SortedMap<String, JsonNode> files, Collection<String> roots) {
    List<String> byDepth = roots.stream().map(r -> r.equals(".") ? "" : r).distinct()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    Map<String, SortedSet<String>> entries = new TreeMap<>();
    for (String path : List.copyOf(files.keySet())) {
      if (path.startsWith(GitOpsObjects.DIRECTORY + "/")) {
        continue;
      }
      nearestRoot(path, byDepth).ifPresent(root -> {
        String directory = root;
        String[] segments = (root.isEmpty() ? path : path.substring(root.length() + 1)).split("/");
        for (int i = 0; i < segments.length; i++) {
          boolean last = i == segments.length - 1;
          if (!(last && segments[i].equals(FILE))) {
            entries.computeIfAbsent(directory, d -> new TreeSet<>()).add(segments[i]);
          }
          directory = directory.isEmpty() ? segments[i] : directory + "/" + segments[i];
        }
      });
    }
    entries.forEach((directory, names) -> {
      String path = directory.isEmpty() ? FILE : directory + "/" + FILE;
      files.putIfAbsent(path, of(new ArrayList<>(names)));
    });
  }

  /** A kustomization of {@code resources}. */
  static ObjectNode of(List<String> resources) {
    ObjectNode kustomization = JsonNodeFactory.instance.objectNode();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    resources.forEach(kustomization.putArray("resources")::add);
    return kustomization;
  }

  private static Optional<String> nearestRoot(String path, List<String> rootsDeepestFirst) {
    return rootsDeepestFirst.stream()
        .filter(root -> root.isEmpty() || path.startsWith(root + "/"))
        .findFirst();
  }
}
