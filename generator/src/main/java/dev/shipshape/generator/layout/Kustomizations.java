package dev.shipshape.generator.layout;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
 * Kustomizations.missingResources(List.of(Kustomizations.listing(files.keySet(), Set.of("dev", "prod"))))
 *     .forEach((path, resources) -> files.put(path, CanonicalYaml.write(Kustomizations.of(resources))));
 * }</pre>
 *
 * <p>Linear in the number of paths: each path finds its root by walking up its own directories.
 */
public final class Kustomizations {

  /** The file name kustomize looks for. */
  public static final String FILE = "Kustomization";

  private Kustomizations() {}

  /**
   * What one part of a tree contributes to its {@value #FILE} files: for each directory, the
   * names it lists (its YAML files, and subdirectories that are no roots), and the directories
   * that have a {@value #FILE} file already. Parts of a tree (e.g. each stack's files) are listed
   * independently, on any thread, and put together with {@link #missingResources(Collection)}.
   *
   * <pre>{@code
   * Set<String> roots = Set.of("dev", "prod");
   * List<Listing> parts = List.of(listing(devPaths, roots), listing(prodPaths, roots));
   * SortedMap<String, SortedSet<String>> files = Kustomizations.missingResources(parts);
   * }</pre>
   *
   * @param entries directory ("" at the top) → the names listed in its {@value #FILE} file
   * @param present the directories that hold a {@value #FILE} file of their own
   */
  public record Listing(Map<String, SortedSet<String>> entries, Set<String> present) {}

  /**
   * Lists the part {@code paths} of a tree whose kustomize roots (of all its parts) are
   * {@code roots} ('.' is the tree's root).
   */
  public static Listing listing(Collection<String> paths, Set<String> roots) {
    Map<String, SortedSet<String>> entries = new HashMap<>();
    Set<String> present = new HashSet<>();
    Map<String, Optional<String>> rootOf = new HashMap<>();
    Set<String> listed = new HashSet<>();
    for (String path : paths) {
      String directory = parent(path);
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.equals(FILE)) {
        present.add(directory);
      }
      if (path.startsWith(GitOpsObjects.DIRECTORY + "/")) {
        continue;
      }
      Optional<String> root = rootOf.computeIfAbsent(directory, d -> nearestRoot(d, roots));
      if (root.isEmpty()) {
        continue;
      }
      if (!name.equals(FILE)) {
        entries.computeIfAbsent(directory, d -> new TreeSet<>()).add(name);
      }
      // Each directory below the root is listed in its parent once.
      for (String d = directory; !d.equals(root.get()) && listed.add(d); d = parent(d)) {
        entries.computeIfAbsent(parent(d), p -> new TreeSet<>()).add(d.substring(d.lastIndexOf('/') + 1));
      }
    }
    return new Listing(entries, present);
  }

  /**
   * The {@value #FILE} files that the tree made of {@code parts} lacks, by path, each as the
   * resources it lists; {@link #of} makes the file of them (on any thread).
   *
   * <pre>{@code
   * Kustomizations.missingResources(parts).forEach((path, resources) ->
   *     files.put(path, CanonicalYaml.write(Kustomizations.of(resources))));
   * }</pre>
   */
  public static SortedMap<String, SortedSet<String>> missingResources(Collection<Listing> parts) {
    Tree tree = new Tree();
    parts.forEach(tree::add);
    return tree.missingResources();
  }

  /**
   * A tree put together from the {@link Listing}s of its parts, added from any threads in any
   * order: what {@link #missingResources(Collection)} does, for parts listed in parallel.
   *
   * <pre>{@code
   * Kustomizations.Tree tree = new Kustomizations.Tree();
   * stacks.parallelStream().forEach(stack -> tree.add(Kustomizations.listing(pathsOf(stack), roots)));
   * SortedMap<String, SortedSet<String>> files = tree.missingResources();
   * }</pre>
   */
  public static final class Tree {

    private final Map<String, Names> entries = new ConcurrentHashMap<>();
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    /** Adds the part {@code listing}; safe to call from several threads. */
    public void add(Listing listing) {
      present.addAll(listing.present());
      listing.entries().forEach((directory, names) ->
          entries.compute(directory, (d, listed) -> listed == null ? new Names(names) : listed.add(names)));
    }

    /** The missing files of the tree added so far, as {@link #missingResources(Collection)}. */
    public SortedMap<String, SortedSet<String>> missingResources() {
      SortedMap<String, SortedSet<String>> files = new TreeMap<>();
      entries.forEach((directory, listed) -> {
        if (!present.contains(directory)) {
          files.put(directory.isEmpty() ? FILE : directory + "/" + FILE, listed.names);
        }
      });
      return files;
    }
  }

  /**
   * The names one directory lists. Most directories belong to one part: its names are taken as
   * they are, and copied only when a second part lists the same directory.
   */
  private static final class Names {

    private SortedSet<String> names;
    private boolean copied;

    Names(SortedSet<String> names) {
      this.names = names;
    }

    Names add(SortedSet<String> more) {
      if (!copied) {
        names = new TreeSet<>(names);
        copied = true;
      }
      names.addAll(more);
      return this;
    }
  }

  /** A kustomization of {@code resources}, in their order. */
  public static ObjectNode of(Collection<String> resources) {
    ObjectNode kustomization = JsonNodeFactory.instance.objectNode();
    kustomization.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
    kustomization.put("kind", "Kustomization");
    resources.forEach(kustomization.putArray("resources")::add);
    return kustomization;
  }

  /** The directory of {@code path} ("" at the top). */
  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** The deepest root that is {@code directory} or holds it ("" is the tree's root, named "." or ""). */
  private static Optional<String> nearestRoot(String directory, Set<String> roots) {
    for (String d = directory; !d.isEmpty(); d = parent(d)) {
      if (roots.contains(d)) {
        return Optional.of(d);
      }
    }
    return roots.contains(".") || roots.contains("") ? Optional.of("") : Optional.empty();
  }
}
