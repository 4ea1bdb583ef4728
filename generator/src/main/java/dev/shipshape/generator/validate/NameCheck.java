package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Stack, namespace and app names Kubernetes accepts, unique within the stack. */
final class NameCheck implements Check {

  static final Rule INVALID = Rule.error("NAME-INVALID", "a name Kubernetes would reject");
  static final Rule DUPLICATE = Rule.error("NAME-DUPLICATE", "two apps or aliases share a name");
  static final Rule LABEL_VALUE = Rule.error("NAME-LABEL-VALUE", "a label value Kubernetes would reject");

  @Override
  public List<Rule> rules() {
    return List.of(INVALID, DUPLICATE, LABEL_VALUE);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    if (!Names.isDns1123Label(stack.name())) {
      findings.report(INVALID, Where.stack(stack, "name"),
          "stack name '" + stack.name() + "' is not a DNS-1123 label",
          dns1123Hint(stack.name()));
    }
    stack.namespace().filter(ns -> !Names.isDns1123Label(ns)).ifPresent(ns ->
        findings.report(INVALID, Where.stack(stack, "namespace"),
            "namespace '" + ns + "' is not a DNS-1123 label", dns1123Hint(ns)));
    Set<String> seen = new HashSet<>();
    for (App app : stack.apps()) {
      Where where = Where.app(stack, app, "name");
      checkServiceName(app.name(), "app", where, findings);
      if (!seen.add(app.name())) {
        findings.report(DUPLICATE, where, "app name '" + app.name() + "' is used more than once",
            "give every app and external alias of a stack its own name");
      }
      app.component().filter(c -> !Names.isLabelValue(c)).ifPresent(c ->
          findings.report(LABEL_VALUE, Where.app(stack, app, "component"),
              "component '" + c + "' is not a valid label value",
              "use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit"));
    }
    for (App app : stack.apps()) {
      app.service().flatMap(service -> service.name()).ifPresent(name -> {
        Where where = Where.app(stack, app, "service/name");
        checkServiceName(name, "Service", where, findings);
        if (!seen.add(name)) {
          findings.report(DUPLICATE, where, "Service name '" + name + "' is already the name of another "
              + "app, Service or alias", "give every Service of a stack its own name");
        }
      });
    }
    for (ExternalService alias : stack.externalServices()) {
      Where where = new Where(stack.name() + "/" + alias.name() + "/name",
          java.util.Optional.empty(), alias.source());
      checkServiceName(alias.name(), "external alias", where, findings);
      if (!seen.add(alias.name())) {
        findings.report(DUPLICATE, where, "external alias '" + alias.name()
                + "' has the name of another app or alias",
            "give every app and external alias of a stack its own name");
      }
    }
  }

  private static void checkServiceName(String name, String what, Where where, Findings findings) {
    if (!Names.isDns1035Label(name)) {
      findings.report(INVALID, where, what + " name '" + name
              + "' is not a DNS-1035 label (it names a Service)",
          "use at most 63 lowercase letters, digits and '-', starting with a letter, e.g. '"
              + suggestLabel(name) + "'");
    }
  }

  private static String dns1123Hint(String name) {
    return "use at most 63 lowercase letters, digits and '-', e.g. '" + suggestLabel(name) + "'";
  }

  /** A nearby valid label for a hint: lowercase, invalid characters replaced by '-'. */
  static String suggestLabel(String name) {
    String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-")
        .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
    label = label.length() > 63 ? label.substring(0, 63).replaceAll("-+$", "") : label;
    return label.isEmpty() ? "app" : label;
  }
}
