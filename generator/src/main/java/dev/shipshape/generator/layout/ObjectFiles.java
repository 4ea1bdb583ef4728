package dev.shipshape.generator.layout;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.lower.Manifest;
import java.util.Locale;

/**
 * File names of objects inside a stack's directory, shared by the layouts.
 *
 * <pre>
 * web/deployment.yaml                 an app's object, named after its kind
 * web/networkpolicy-web-egress.yaml   the object's name is added when it differs from the app's
 * namespace.yaml                      an object of the whole stack
 * </pre>
 */
public final class ObjectFiles {

  /** The directory of cluster-scoped objects, apart from namespaced ones. */
  static final String CLUSTER = "_cluster";

  private ObjectFiles() {}

  /** The object's file, relative to its stack's directory. */
  public static String fileOf(Stack stack, Manifest manifest) {
    String kind = manifest.kind().toLowerCase(Locale.ROOT);
    String expectedName = manifest.owner().orElse(stack.namespaceName());
    String file = (manifest.name().equals(expectedName) ? kind : kind + "-" + manifest.name()) + ".yaml";
    return manifest.owner().map(owner -> owner + "/" + file).orElse(file);
  }

  /** Whether the object lives outside every namespace (Namespace, StorageClass, ClusterRole…). */
  static boolean isClusterScoped(Manifest manifest) {
    return !manifest.body().path("metadata").has("namespace");
  }
}
