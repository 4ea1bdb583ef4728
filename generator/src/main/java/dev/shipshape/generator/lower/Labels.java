package dev.shipshape.generator.lower;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.syntax.ImageReference;
import dev.shipshape.generator.syntax.Names;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The labels of an app's objects and the stable subset its selectors use.
 *
 * <p>With recommended labels on, objects carry {@code app.kubernetes.io/name}, {@code instance},
 * {@code version}, {@code component}, {@code part-of} and {@code managed-by}, and selectors use only
 * {@code name} and {@code instance} (selectors are immutable, so never the version). With them off,
 * the plain {@code app: <name>} label is both. User labels of the stack and the app come first; the
 * labels Shipshape derives cannot be overridden (validation rejects reserved keys).
 *
 * @param all the labels every object of the app carries
 * @param selector the labels that select the app's pods
 */
public record Labels(Map<String, String> all, Map<String, String> selector) {

  static final String MANAGED_BY = "shipshape";

  /** The label that carries the tag of the app's image. */
  public static final String VERSION = "app.kubernetes.io/version";

  /** The labels of {@code app}'s objects, recommended ones when {@code recommended}. */
  public static Labels of(Stack stack, App app, boolean recommended) {
    Map<String, String> selector = selectorOf(app, recommended);
    Map<String, String> all = new LinkedHashMap<>(ofStack(stack, recommended));
    all.putAll(app.labels());
    if (recommended) {
      app.image().flatMap(ImageReference::parse).flatMap(ImageReference::tag)
          .filter(Names::isLabelValue).ifPresent(tag -> all.put(VERSION, tag));
      app.component().ifPresent(component -> all.put("app.kubernetes.io/component", component));
    }
    all.putAll(selector);
    return new Labels(sorted(all), selector);
  }

  /** The labels that select the pods of {@code app}: {@link #selector()} without the rest. */
  static Map<String, String> selectorOf(App app, boolean recommended) {
    return recommended
        ? sorted(Map.of("app.kubernetes.io/name", app.name(), "app.kubernetes.io/instance", app.name()))
        : Map.of("app", app.name());
  }

  /** Labels for objects of the whole stack (the Namespace, shared policies), user labels included. */
  public static Map<String, String> ofStack(Stack stack, boolean recommended) {
    Map<String, String> labels = new LinkedHashMap<>(stack.labels());
    if (recommended) {
      labels.put("app.kubernetes.io/part-of", stack.name());
      labels.put("app.kubernetes.io/managed-by", MANAGED_BY);
    }
    return sorted(labels);
  }

  /**
   * An unmodifiable copy of {@code labels} in key order, the order YAML writes label maps in: the
   * writer then finds them sorted already instead of sorting a hash map's order each time.
   */
  private static SortedMap<String, String> sorted(Map<String, String> labels) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }
}
