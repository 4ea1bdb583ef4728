package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Kustomizations.missing(files.keySet(), List.of("dev", "prod")).forEach(files::put);
 * }</pre>
 *
 * <p>Linear in the number of paths: each path finds its root by walking up its own directories.
 */
public final class Kustomizations {

  /** The file name kustomize looks for. */
  public static final String FILE = "Kustomization";

  private Kustomizations() {}

  /**
   * The {@value #FILE} files that a tree of {@code paths} lacks below {@code roots} ('.' is the
   * tree's root), by path.
   */
  public static SortedMap<String, JsonNode> missing(Set<String> paths, Collection<String> roots) {
    Set<String> rootDirectories = new HashSet<>();
    roots.forEach(root -> rootDirectories.add(root.equals(".") ? "" : root));
    Map<String, SortedSet<String>> entries = new HashMap<>();
    for (String path : paths) {
      if (path.startsWith(GitOpsObjects.DIRECTORY + "/")) {
        continue;
      }
      Optional<String> root = nearestRoot(path, rootDirectories);
      // Each file is listed in its directory, each directory in its parent, up to the root; the
      // climb stops at a directory already listed, whose ancestors are listed too.
      for (String child = path; root.isPresent(); ) {
        int slash = child.lastIndexOf('/');
        String directory = slash < 0 ? "" : child.substring(0, slash);
        String name = child.substring(slash + 1);
        if (!(child.equals(path) && name.equals(FILE))) {
          SortedSet<String> names = entries.get(directory);
          if (names != null) {
            names.add(name);
            break;
          }
          entries.computeIfAbsent(directory, d -> new TreeSet<>()).add(name);
        }
        if (directory.equals(root.get())) {
          break;
        }
        child = directory;
      }
    }
    SortedMap<String, JsonNode> files = new TreeMap<>();
    entries.forEach((directory, names) -> {
      String path = directory.isEmpty() ? FILE : directory + "/" + FILE;
      if (!paths.contains(path)) {
        files.put(path, of(new ArrayList<>(names)));
      }
    });
    return files;
  }

  /** A kustomization of {@code resources}. */
  static ObjectNode of(List<String> resources) {
    ObjectNode kustomization = JsonNodeFactory.instance.objectNode();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    resources.forEach(kustomization.putArray("resources")::add);
    return kustomization;
  }

  /** The deepest root directory that holds {@code path} ("" is the tree's root). */
  private static Optional<String> nearestRoot(String path, Set<String> roots) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      String directory = path.substring(0, slash);
      if (roots.contains(directory)) {
        return Optional.of(directory);
      }
    }
    return roots.contains("") ? Optional.of("") : Optional.empty();
  }
}
