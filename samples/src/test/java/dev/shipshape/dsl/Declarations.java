package dev.shipshape.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Test access to a stack's declaration order, which the public verbs only ever append to: lives in
 * the DSL's package so that it may use the package-private copies.
 */
public final class Declarations {

  private Declarations() {}

  /** {@code stack} with its apps and its environments declared in reverse order. */
  public static Stack reversed(Stack stack) {
    List<App> apps = new ArrayList<>(stack.apps());
    Collections.reverse(apps);
    List<Environment> environments = new ArrayList<>(stack.environments());
    Collections.reverse(environments);
    return new ImmutableStack.Builder().from(stack).apps(apps).environments(environments).build();
  }
}
