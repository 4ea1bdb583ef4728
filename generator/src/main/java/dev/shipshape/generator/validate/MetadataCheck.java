package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** User labels and annotations: valid keys and values, and no clash with the labels Shipshape owns. */
final class MetadataCheck implements Check {

  static final Rule LABEL_KEY = Rule.error("META-LABEL-KEY", "a label key Kubernetes would reject");
  static final Rule LABEL_VALUE = Rule.error("META-LABEL-VALUE", "a label value Kubernetes would reject");
  static final Rule LABEL_RESERVED = Rule.error("META-LABEL-RESERVED", "a label Shipshape sets itself");
  static final Rule ANNOTATION_KEY = Rule.error("META-ANNOTATION-KEY", "an annotation key Kubernetes would reject");

  /** Labels Shipshape derives from the model; setting them by hand would break selectors or lie. */
  private static final Set<String> RESERVED = Set.of("app", "app.kubernetes.io/name",
      "app.kubernetes.io/instance", "app.kubernetes.io/version", "app.kubernetes.io/component",
      "app.kubernetes.io/part-of", "app.kubernetes.io/managed-by");

  @Override
  public List<Rule> rules() {
    return List.of(LABEL_KEY, LABEL_VALUE, LABEL_RESERVED, ANNOTATION_KEY);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    checkLabels(stack.labels(), Where.stack(stack, "labels"), findings);
    for (App app : stack.apps()) {
      checkLabels(app.labels(), Where.app(stack, app, "labels"), findings);
      for (String key : app.podAnnotations().keySet()) {
        if (!Names.isQualifiedName(key)) {
          findings.report(ANNOTATION_KEY, Where.app(stack, app, "podAnnotations"),
              "annotation key '" + key + "' is not a valid qualified name",
              "use an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', "
                  + "e.g. 'prometheus.io/scrape'");
        }
      }
    }
  }

  private static void checkLabels(Map<String, String> labels, Where where, Findings findings) {
    labels.forEach((key, value) -> {
      if (RESERVED.contains(key)) {
        findings.report(LABEL_RESERVED, where, "label '" + key + "' is set by Shipshape from the model",
            "leave it to Shipshape: the name comes from the app, the version from the image tag, the "
                + "component from .component(…), part-of from the stack");
      } else if (!Names.isQualifiedName(key)) {
        findings.report(LABEL_KEY, where, "label key '" + key + "' is not a valid qualified name",
            "use an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', "
                + "e.g. 'example.com/team'");
      }
      if (!Names.isLabelValue(value)) {
        findings.report(LABEL_VALUE, where, "label '" + key + "' has value '" + value
                + "', which is not a valid label value",
            "use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
      }
    });
  }
}
