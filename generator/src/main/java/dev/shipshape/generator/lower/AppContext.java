package dev.shipshape.generator.lower;

import dev.shipshape.generator.practices.EffectivePractices;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import java.util.Optional;

/**
 * Everything the lowering of one app needs: the app, its stack, the practices in force and its
 * labels.
 *
 * @param stack the stack the app belongs to
 * @param app the app being lowered
 * @param practices the best-practice switches in force for the app
 * @param labels the app's labels and selector labels
 */
record AppContext(Stack stack, App app, EffectivePractices practices, Labels labels) {

  static AppContext of(Stack stack, App app) {
    EffectivePractices practices = EffectivePractices.of(stack, app);
    return new AppContext(stack, app, practices, Labels.of(stack, app, practices.recommendedLabels()));
  }

  /** Metadata for an object of this app: name, namespace and labels. */
  ObjectNode metadata(String name) {
    return ObjectMetadata.of(name, stack.namespaceName(), labels.all());
  }

  /** Metadata of the app's workload: with the linter exemptions its suppressions carry. */
  ObjectNode workloadMetadata() {
    ObjectNode metadata = metadata(app.name());
    java.util.Map<String, String> exemptions = LinterExemptions.forWorkload(this);
    if (!exemptions.isEmpty()) {
      metadata.set("annotations", Nodes.map(exemptions));
    }
    return metadata;
  }

  /** A {@code matchLabels} selector of the app's pods. */
  ObjectNode selector() {
    ObjectNode selector = Nodes.object();
    selector.set("matchLabels", Nodes.map(labels.selector()));
    return selector;
  }

  /** The owner recorded on every manifest of this app. */
  Optional<String> owner() {
    return Optional.of(app.name());
  }
}
