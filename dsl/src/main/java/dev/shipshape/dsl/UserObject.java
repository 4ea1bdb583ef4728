package dev.shipshape.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Kubernetes object Shipshape does not model — a ServiceMonitor, an ExternalSecret, a KEDA
 * ScaledObject, a manifest a team already has — added to a stack or an app as it is. Shipshape
 * gives it the stack's namespace and recommended labels, checks its identity against every
 * generated object, and renders it wherever generated objects go (plain layout, kustomize, GitOps
 * units, Helm chart). Each use is listed as an {@code INFO} diagnostic ({@code HATCH-USED}).
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .object(UserObject.yaml("""
 *         apiVersion: monitoring.coreos.com/v1
 *         kind: ServiceMonitor
 *         metadata:
 *           name: api
 *         spec:
 *           selector: {matchLabels: {app.kubernetes.io/name: api}}
 *           endpoints: [{port: metrics}]
 *         """))
 *     .object(UserObject.resource("legacy/worker.yaml"))          // from the class path
 *     .object(UserObject.include(Path.of("k8s/legacy")))          // a file or a directory
 *     .object(UserObject.custom("example.com/v1", "Widget", "blue", Map.of("size", 3)).namespaced());
 * }</pre>
 *
 * @param content where the object's YAML or tree comes from
 * @param scope the scope declared for a kind Shipshape does not know; empty to use what it knows
 * @param source where the user declared it, when known
 */
public record UserObject(Content content, Optional<Scope> scope, Optional<SourceLocation> source) {

  public UserObject {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(source, "source");
  }

  /** Whether objects of a kind live in a namespace or in the whole cluster. */
  public enum Scope {
    /** In the stack's namespace (Deployment, ServiceMonitor, …). */
    NAMESPACED,
    /** Outside every namespace (ClusterRole, ClusterIssuer, …). */
    CLUSTER
  }

  /** Where an object's content comes from. */
  public sealed interface Content permits Yaml, Include, Tree {

    /** How a diagnostic names the content: {@code inline YAML}, {@code classpath:x.yaml}, a path. */
    String origin();
  }

  /**
   * YAML text, one or more documents.
   *
   * @param origin how diagnostics name it: {@code inline YAML} or {@code classpath:<name>}
   * @param text the text; empty when it could not be read
   * @param unreadable why it could not be read, when it could not
   */
  public record Yaml(String origin, String text, Optional<String> unreadable) implements Content {
    public Yaml {
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(unreadable, "unreadable");
    }
  }

  /**
   * A YAML file, or a directory whose {@code .yaml} and {@code .yml} files are read in path order,
   * when the stack is rendered.
   *
   * @param path the file or directory, relative to the working directory unless absolute
   */
  public record Include(Path path) implements Content {
    public Include {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String origin() {
      return path.toString().replace('\\', '/');
    }
  }

  /**
   * One object as a tree of maps, lists, strings, numbers, booleans and nulls.
   *
   * @param object the object, keys in the order given
   */
  public record Tree(Map<String, Object> object) implements Content {
    public Tree {
      object = copyOf(object);
    }

    @Override
    public String origin() {
      return "a Java map";
    }
  }

  /**
   * Objects from YAML text (several documents allowed), e.g. a Java text block. A YAML mistake is
   * reported with its line in the text and this call's source line.
   */
  public static UserObject yaml(String text) {
    Objects.requireNonNull(text, "text");
    return new UserObject(new Yaml("inline YAML", text, Optional.empty()), Optional.empty(),
        SourceLocation.ofCaller());
  }

  /**
   * Objects from a YAML resource on the caller's class path, e.g. {@code
   * UserObject.resource("monitoring/servicemonitor.yaml")} for a file in {@code src/main/resources}.
   * A missing resource is reported when the stack is validated.
   */
  public static UserObject resource(String name) {
    Objects.requireNonNull(name, "name");
    String relative = name.startsWith("/") ? name.substring(1) : name;
    ClassLoader loader = CallerClassLoader.of();
    Yaml content;
    try (InputStream in = loader.getResourceAsStream(relative)) {
      content = in == null
          ? new Yaml("classpath:" + relative, "", Optional.of("there is no resource '" + relative + "' on the class path"))
          : new Yaml("classpath:" + relative, new String(in.readAllBytes(), StandardCharsets.UTF_8), Optional.empty());
    } catch (IOException e) {
      content = new Yaml("classpath:" + relative, "", Optional.of("reading it failed: " + e.getMessage()));
    }
    return new UserObject(content, Optional.empty(), SourceLocation.ofCaller());
  }

  /**
   * Objects from an existing YAML file or directory, read when the stack is rendered: the migration
   * path for manifests a team already has. Files ending in {@code .yaml} or {@code .yml} are read in
   * path order; empty documents are skipped and {@code kind: List} is flattened.
   */
  public static UserObject include(Path path) {
    return new UserObject(new Include(path), Optional.empty(), SourceLocation.ofCaller());
  }

  /**
   * One object given as a tree, e.g. {@code UserObject.tree(Map.of("apiVersion", "v1", "kind",
   * "ConfigMap", "metadata", Map.of("name", "settings"), "data", Map.of("mode", "fast")))}. The keys
   * of a {@link LinkedHashMap} keep their order; those of other maps are sorted.
   */
  public static UserObject tree(Map<String, ?> object) {
    return new UserObject(new Tree(copyOf(object)), Optional.empty(), SourceLocation.ofCaller());
  }

  /**
   * A custom resource of {@code apiVersion} and {@code kind}, named {@code name}, with {@code spec};
   * declare its scope with {@link #namespaced()} or {@link #clusterScoped()} unless Shipshape
   * knows the kind.
   *
   * <pre>{@code
   * UserObject.custom("keda.sh/v1alpha1", "ScaledObject", "worker", Map.of(
   *     "scaleTargetRef", Map.of("name", "worker"), "maxReplicaCount", 10));
   * }</pre>
   */
  public static UserObject custom(String apiVersion, String kind, String name, Map<String, ?> spec) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("apiVersion", Objects.requireNonNull(apiVersion, "apiVersion"));
    object.put("kind", Objects.requireNonNull(kind, "kind"));
    object.put("metadata", Map.of("name", Objects.requireNonNull(name, "name")));
    object.put("spec", Objects.requireNonNull(spec, "spec"));
    return new UserObject(new Tree(object), Optional.empty(), SourceLocation.ofCaller());
  }

  /** The same objects, declared to live in the stack's namespace (for a kind Shipshape does not know). */
  public UserObject namespaced() {
    return new UserObject(content, Optional.of(Scope.NAMESPACED), source);
  }

  /** The same objects, declared cluster-scoped (for a kind Shipshape does not know). */
  public UserObject clusterScoped() {
    return new UserObject(content, Optional.of(Scope.CLUSTER), source);
  }

  /**
   * A deep, unmodifiable copy of a tree: the keys of a {@link LinkedHashMap} or {@link SortedMap}
   * keep their order, those of any other map ({@code Map.of}, {@link java.util.HashMap}, whose order
   * changes from run to run) are sorted, so the output is the same on every run.
   */
  private static Map<String, Object> copyOf(Map<String, ?> tree) {
    Map<String, Object> copy = tree instanceof LinkedHashMap || tree instanceof SortedMap
        ? new LinkedHashMap<>() : new TreeMap<>();
    tree.forEach((key, value) -> copy.put(String.valueOf(Objects.requireNonNull(key, "a key of the tree")),
        copyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      Map<String, ?> tree = (Map<String, ?>) map;
      return copyOf(tree);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      list.forEach(item -> copy.add(copyValue(item)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
