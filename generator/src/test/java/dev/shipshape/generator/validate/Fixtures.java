package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Small stacks and assertions shared by the validation tests. */
final class Fixtures {

  static final String IMAGE = "ghcr.io/acme/web:1.4.2";

  private Fixtures() {}

  /** A valid app: pinned image, one TCP port (so probes can be derived). */
  static App.Builder app(String name) {
    return App.deployment(name).image(IMAGE).port(8080);
  }

  /**
   * A stack named {@code shop} with the given apps. Fixture apps are reached from outside the stack,
   * so the reachability warning is suppressed here; {@code NetworkRulesTest} covers it.
   */
  static Stack.Builder stack(App.Builder... apps) {
    Stack.Builder stack = Stack.named("shop")
        .suppress("NET-UNREACHABLE", "fixture apps are reached from outside the stack");
    for (App.Builder app : apps) {
      stack.app(app);
    }
    return stack;
  }

  static Diagnostics validate(Stack stack) {
    return new Validator().validate(stack);
  }

  static Diagnostics validate(Stack.Builder stack) {
    return validate(stack.build());
  }

  /** The distinct rule ids reported, sorted. */
  static Set<String> ids(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(d -> d.rule().id())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The findings of rule {@code id}. */
  static List<Diagnostic> findings(Diagnostics diagnostics, String id) {
    return diagnostics.all().stream().filter(d -> d.rule().id().equals(id)).toList();
  }

  /** The single finding of rule {@code id}; fails when there are none or several. */
  static Diagnostic only(Diagnostics diagnostics, String id) {
    List<Diagnostic> found = findings(diagnostics, id);
    if (found.size() != 1) {
      fail("expected exactly one " + id + " finding but got " + found.size() + ":\n"
          + diagnostics.report());
    }
    return found.get(0);
  }

  /** Asserts that exactly the rules {@code expected} were reported. */
  static void assertIds(Diagnostics diagnostics, String... expected) {
    assertEquals(new TreeSet<>(List.of(expected)), ids(diagnostics), diagnostics::report);
  }
}
