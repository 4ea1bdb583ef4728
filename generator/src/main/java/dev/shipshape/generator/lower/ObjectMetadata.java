package dev.shipshape.generator.lower;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.practices.EffectivePractices;
import java.util.Map;

/** Builds {@code metadata} blocks. */
final class ObjectMetadata {

  private ObjectMetadata() {}

  /** Metadata of a Velero object of {@code stack}: in the Velero namespace, with the stack's labels. */
  static ObjectNode velero(Stack stack, String name) {
    return of(name, stack.veleroNamespace(), Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
  }

  /** {@code name}, {@code namespace} (omitted when null) and, when not empty, {@code labels}. */
  static ObjectNode of(String name, String namespace, Map<String, String> labels) {
    ObjectNode metadata = Nodes.object();
    metadata.put("name", name);
    if (namespace != null) {
      metadata.put("namespace", namespace);
    }
    if (!labels.isEmpty()) {
      metadata.set("labels", Nodes.map(labels));
    }
    return metadata;
  }

  /** Metadata of an object in the stack's namespace, the namespace marked as the chart's {@link Parameters#NAMESPACE}. */
  static ObjectNode inStack(Stack stack, Marks marks, String name, Map<String, String> labels) {
    ObjectNode metadata = of(name, stack.namespaceName(), labels);
    marks.mark(metadata, "namespace", Parameters.NAMESPACE);
    return metadata;
  }

  /** Metadata of an object of the whole stack: in its namespace (marked), with the stack's labels. */
  static ObjectNode ofStack(Stack stack, Marks marks, String name) {
    return inStack(stack, marks, name, Labels.ofStack(stack, EffectivePractices.of(stack).recommendedLabels()));
  }
}
