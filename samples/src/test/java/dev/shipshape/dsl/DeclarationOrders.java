package dev.shipshape.dsl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Stacks declared in another order, for the samples' tests: the DSL offers no verb that reorders
 * what was declared, so this helper lives in the DSL's package, in test code only.
 */
public final class DeclarationOrders {

  private DeclarationOrders() {}

  /** {@code stack} with its apps and its environments declared in reverse order. */
  public static Stack reversed(Stack stack) {
    List<App> apps = new ArrayList<>(stack.apps());
    Collections.reverse(apps);
    List<Environment> environments = new ArrayList<>(stack.environments());
    Collections.reverse(environments);
    return new ImmutableStack.Builder().from(stack).apps(apps).environments(environments).build();
  }
}
