package dev.shipshape.generator.transform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The transforms that run over a rendering after lowering, in the order their declared
 * {@link Transform#after()} and {@link Transform#before()} names require; transforms that no
 * declaration orders run in the order of their names, so the order never depends on how the
 * transforms were listed.
 *
 * <pre>{@code
 * TransformStage stage = TransformStage.of(List.of(meshInjection, userObjects, userPatches));
 * stage.order();          // [mesh-injection, user-objects, user-patches]
 * stage.apply(objects);   // each transform over the same RenderedObjects, in that order
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class TransformStage {

  private final List<Transform> ordered;

  private TransformStage(List<Transform> ordered) {
    this.ordered = List.copyOf(ordered);
  }

  /**
   * The stage of {@code transforms}, ordered.
   *
   * @throws IllegalArgumentException when two transforms share a name, one names a transform the
   *     stage lacks, or the declarations form a cycle (the message names the transforms in it)
   */
  public static TransformStage of(Collection<? extends Transform> transforms) {
    Map<String, Transform> byName = new TreeMap<>();
    for (Transform transform : transforms) {
      if (byName.putIfAbsent(transform.name(), transform) != null) {
        throw new IllegalArgumentException("two transforms are named '" + transform.name() + "'");
      }
    }
    Map<String, Set<String>> predecessors = new TreeMap<>();
    byName.keySet().forEach(name -> predecessors.put(name, new TreeSet<>()));
    for (Transform transform : byName.values()) {
      for (String earlier : transform.after()) {
        requireKnown(byName, transform, earlier);
        predecessors.get(transform.name()).add(earlier);
      }
      for (String later : transform.before()) {
        requireKnown(byName, transform, later);
        predecessors.get(later).add(transform.name());
      }
    }
    PriorityQueue<String> ready = new PriorityQueue<>();
    predecessors.forEach((name, earlier) -> {
      if (earlier.isEmpty()) {
        ready.add(name);
      }
    });
    List<Transform> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String next = ready.poll();
      ordered.add(byName.get(next));
      predecessors.forEach((name, earlier) -> {
        if (earlier.remove(next) && earlier.isEmpty()) {
          ready.add(name);
        }
      });
    }
    if (ordered.size() < byName.size()) {
      Set<String> cycle = new TreeSet<>(byName.keySet());
      ordered.forEach(t -> cycle.remove(t.name()));
      throw new IllegalArgumentException("transforms " + cycle + " must each run before another of them;"
          + " their after/before declarations form a cycle");
    }
    return new TransformStage(ordered);
  }

  private static void requireKnown(Map<String, Transform> byName, Transform transform, String name) {
    if (!byName.containsKey(name)) {
      throw new IllegalArgumentException("transform '" + transform.name() + "' is ordered against '" + name
          + "', which is not in the stage " + byName.keySet());
    }
  }

  /** The transforms' names, in the order they run. */
  public List<String> order() {
    return ordered.stream().map(Transform::name).toList();
  }

  /** Runs every transform over {@code objects}, in order. */
  public void apply(RenderedObjects objects) {
    ordered.forEach(transform -> transform.apply(objects));
  }
}
