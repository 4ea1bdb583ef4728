package dev.shipshape.dsl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A change to one object Shipshape renders, for the fields Shipshape does not model: an RFC 6902
 * JSON patch (operations {@code add}, {@code remove}, {@code replace}, {@code move}, {@code copy},
 * {@code test} on JSON Pointers) or an RFC 7386 JSON merge patch (a partial object; {@code null}
 * removes a key). The target is chosen by kind and name (and apiVersion where two kinds share a
 * name); the patch applies to the stack as declared and in every environment, or with
 * {@link #onlyIn(String...)} only in the environments named. Patches run after every other change
 * Shipshape makes, in the order they are declared, and a patch that does not apply is an error.
 *
 * <pre>{@code
 * Stack.named("shop")
 *     .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2))
 *     .patch(Patch.json("Deployment", "web")
 *         .test("/spec/replicas", 2)
 *         .add("/spec/minReadySeconds", 10))
 *     .patch(Patch.json("Deployment", "web", """
 *         - op: add
 *           path: /metadata/annotations/example.com~1owner
 *           value: storefront
 *         """))
 *     .patch(Patch.merge("Deployment", "web", "spec: {template: {spec: {terminationGracePeriodSeconds: 60}}}")
 *         .onlyIn("prod"))
 *     .environment(Environment.named("prod"));
 * }</pre>
 *
 * <p>Values of typed operations are plain Java values: {@code String}, numbers, {@code Boolean},
 * {@code null}, {@code List}s and {@code Map}s with {@code String} keys (written in key order).
 * Immutable: every method returns a new patch.
 */
public final class Patch {

  /** Which RFC the patch follows. */
  public enum Format {
    /** RFC 6902: a list of operations on JSON Pointers. */
    JSON_PATCH,
    /** RFC 7386: a partial object merged into the target; {@code null} removes a key. */
    MERGE_PATCH
  }

  /**
   * One RFC 6902 operation declared with a typed method such as {@link Patch#add(String, Object)}.
   *
   * @param op the operation's name as RFC 6902 spells it: {@code add}, {@code remove}, …
   * @param path the JSON Pointer the operation works on, e.g. {@code /spec/minReadySeconds}
   * @param from the JSON Pointer {@code move} and {@code copy} read from; empty for the others
   * @param value the value of {@code add}, {@code replace} and {@code test} (may be {@code null},
   *     JSON's null); {@code null} for the others
   * @param source where the operation was declared
   */
  public record Operation(String op, String path, Optional<String> from, Object value,
                          Optional<SourceLocation> source) {

    public Operation {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(source, "source");
    }

    /** Equal when they make the same change; where they were declared does not count. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Operation that && op.equals(that.op) && path.equals(that.path)
          && from.equals(that.from) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(op, path, from, value);
    }
  }

  private final Format format;
  private final String kind;
  private final String name;
  private final Optional<String> apiVersion;
  private final Optional<String> text;
  private final List<Operation> operations;
  private final SortedSet<String> environments;
  private final Optional<SourceLocation> source;

  private Patch(Format format, String kind, String name, Optional<String> apiVersion, Optional<String> text,
                List<Operation> operations, SortedSet<String> environments, Optional<SourceLocation> source) {
    this.format = format;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.apiVersion = apiVersion;
    this.text = text;
    this.operations = Collections.unmodifiableList(new ArrayList<>(operations));
    this.environments = Collections.unmodifiableSortedSet(new TreeSet<>(environments));
    this.source = source;
  }

  /**
   * An RFC 6902 JSON patch of the object of kind {@code kind} named {@code name}, its operations
   * added with {@link #add}, {@link #remove}, {@link #replace}, {@link #move}, {@link #copy} and
   * {@link #test}, e.g. {@code Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10)}.
   */
  public static Patch json(String kind, String name) {
    return new Patch(Format.JSON_PATCH, kind, name, Optional.empty(), Optional.empty(), List.of(),
        new TreeSet<>(), SourceLocation.ofCaller());
  }

  /**
   * An RFC 6902 JSON patch written as text: a JSON array or a YAML sequence of operations, e.g.
   * {@code Patch.json("Deployment", "web", "[{\"op\": \"add\", \"path\": \"/spec/minReadySeconds\", \"value\": 10}]")}.
   * Operations added with the typed methods run after the text's.
   */
  public static Patch json(String kind, String name, String operations) {
    return new Patch(Format.JSON_PATCH, kind, name, Optional.empty(), Optional.of(operations), List.of(),
        new TreeSet<>(), SourceLocation.ofCaller());
  }

  /**
   * An RFC 7386 JSON merge patch written as JSON or YAML text: a partial object merged into the
   * target, where {@code null} removes a key and a list replaces the whole list, e.g.
   * {@code Patch.merge("Deployment", "web", "spec: {minReadySeconds: 10}")}.
   */
  public static Patch merge(String kind, String name, String document) {
    return new Patch(Format.MERGE_PATCH, kind, name, Optional.empty(), Optional.of(document), List.of(),
        new TreeSet<>(), SourceLocation.ofCaller());
  }

  /** Adds {@code value} at {@code path}: a new key, a replaced key, or an item inserted in a list ({@code -} appends). */
  public Patch add(String path, Object value) {
    return with(new Operation("add", path, Optional.empty(), value, SourceLocation.ofCaller()));
  }

  /** Removes the value at {@code path}, which must exist. */
  public Patch remove(String path) {
    return with(new Operation("remove", path, Optional.empty(), null, SourceLocation.ofCaller()));
  }

  /** Replaces the value at {@code path}, which must exist, with {@code value}. */
  public Patch replace(String path, Object value) {
    return with(new Operation("replace", path, Optional.empty(), value, SourceLocation.ofCaller()));
  }

  /** Moves the value at {@code from} to {@code path}. */
  public Patch move(String from, String path) {
    return with(new Operation("move", path, Optional.of(from), null, SourceLocation.ofCaller()));
  }

  /** Copies the value at {@code from} to {@code path}. */
  public Patch copy(String from, String path) {
    return with(new Operation("copy", path, Optional.of(from), null, SourceLocation.ofCaller()));
  }

  /**
   * Requires the value at {@code path} to equal {@code value}; otherwise the patch fails, so a
   * patch written against one rendering never lands silently on a different one.
   */
  public Patch test(String path, Object value) {
    return with(new Operation("test", path, Optional.empty(), value, SourceLocation.ofCaller()));
  }

  /**
   * Chooses the target among objects of the same kind and name by their {@code apiVersion}, e.g.
   * {@code .apiVersion("networking.istio.io/v1")}.
   */
  public Patch apiVersion(String apiVersion) {
    return new Patch(format, kind, name, Optional.of(apiVersion), text, operations, environments, source);
  }

  /**
   * Applies the patch only in the environments named (their kustomize overlays carry it), not to
   * the stack as declared, e.g. {@code .onlyIn("prod")}.
   */
  public Patch onlyIn(String... environments) {
    SortedSet<String> scope = new TreeSet<>(this.environments);
    scope.addAll(Arrays.asList(environments));
    return new Patch(format, kind, name, apiVersion, text, operations, scope, source);
  }

  /** Which RFC the patch follows. */
  public Format format() {
    return format;
  }

  /** The target's kind, e.g. {@code Deployment}. */
  public String kind() {
    return kind;
  }

  /** The target's {@code metadata.name}. */
  public String name() {
    return name;
  }

  /** The target's apiVersion, when the kind and name alone do not choose it. */
  public Optional<String> apiVersion() {
    return apiVersion;
  }

  /** The patch as text (JSON or YAML); empty for a JSON patch built from typed operations only. */
  public Optional<String> text() {
    return text;
  }

  /** The operations declared with the typed methods, in order; they run after the text's. */
  public List<Operation> operations() {
    return operations;
  }

  /** The environments the patch is limited to, sorted; empty: the stack as declared and every environment. */
  public SortedSet<String> environments() {
    return environments;
  }

  /** Where the patch was declared. */
  public Optional<SourceLocation> source() {
    return source;
  }

  /** Whether the patch applies in environment {@code environment}. */
  boolean appliesIn(String environment) {
    return environments.isEmpty() || environments.contains(environment);
  }

  /** The same patch without its environments, for the stack as deployed in one of them. */
  Patch everywhere() {
    return new Patch(format, kind, name, apiVersion, text, operations, new TreeSet<>(), source);
  }

  private Patch with(Operation operation) {
    List<Operation> more = new ArrayList<>(operations);
    more.add(operation);
    return new Patch(format, kind, name, apiVersion, text, more, environments, source);
  }

  /** Equal when they make the same change to the same target; where they were declared does not count. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Patch that && format == that.format && kind.equals(that.kind)
        && name.equals(that.name) && apiVersion.equals(that.apiVersion) && text.equals(that.text)
        && operations.equals(that.operations) && environments.equals(that.environments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, kind, name, apiVersion, text, operations, environments);
  }

  @Override
  public String toString() {
    return (format == Format.JSON_PATCH ? "JSON patch " : "merge patch ") + kind + "/" + name;
  }
}
