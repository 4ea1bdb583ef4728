package dev.shipshape.generator.transform;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.lower.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The objects of one rendering (one stack, as declared or in one environment) while the
 * {@link TransformStage} runs over them: transforms read and change the objects' trees in place, add
 * and replace objects, and report what they find. Not thread-safe: one rendering, one thread.
 *
 * <pre>{@code
 * RenderedObjects objects = new RenderedObjects(stack, Optional.of("prod"), lowered);
 * objects.find("Deployment", "web").ifPresent(web -> ((ObjectNode) web.body().get("spec")).put("minReadySeconds", 10));
 * }</pre>
 */
public final class RenderedObjects {

  private final Stack stack;
  private final Optional<String> environment;
  private final List<Manifest> objects;
  private final List<Diagnostic> findings = new ArrayList<>();

  /**
   * @param stack the stack rendered, with the environment's overrides applied
   * @param environment the environment's name; empty for the stack as declared
   * @param lowered the objects lowering made, in lowering order
   */
  public RenderedObjects(Stack stack, Optional<String> environment, List<Manifest> lowered) {
    this.stack = Objects.requireNonNull(stack, "stack");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.objects = new ArrayList<>(lowered);
  }

  /** The stack rendered, with the environment's overrides applied. */
  public Stack stack() {
    return stack;
  }

  /** The environment's name; empty for the stack as declared. */
  public Optional<String> environment() {
    return environment;
  }

  /** Every object, in order: lowering's order, then objects added, in the order they were added. */
  public List<Manifest> all() {
    return List.copyOf(objects);
  }

  /** The objects of kind {@code kind}, in order. */
  public List<Manifest> ofKind(String kind) {
    return objects.stream().filter(o -> o.kind().equals(kind)).toList();
  }

  /** The object of kind {@code kind} named {@code name}, if there is one. */
  public Optional<Manifest> find(String kind, String name) {
    return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst();
  }

  /** Adds {@code object} after the others. */
  public void add(Manifest object) {
    objects.add(Objects.requireNonNull(object, "object"));
  }

  /**
   * Puts {@code changed} where {@code object} is: for a transform that builds a new tree of an
   * object ({@link Manifest#withBody}, which keeps the chart marks that still hold).
   *
   * @throws IllegalArgumentException when {@code object} is not one of these objects
   */
  public void replace(Manifest object, Manifest changed) {
    int at = -1;
    for (int i = 0; i < objects.size() && at < 0; i++) {
      if (objects.get(i) == object) {
        at = i;
      }
    }
    if (at < 0) {
      throw new IllegalArgumentException(object.kind() + "/" + object.name() + " is not one of the rendered objects");
    }
    objects.set(at, Objects.requireNonNull(changed, "changed"));
  }

  /** Records a finding of a transform: a patch that misses, an object that collides, a hatch used. */
  public void report(Diagnostic finding) {
    findings.add(Objects.requireNonNull(finding, "finding"));
  }

  /** What the transforms reported, in the order they reported it. */
  public List<Diagnostic> findings() {
    return List.copyOf(findings);
  }
}
