package dev.shipshape.generator.lower;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.Stack;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a validated stack into Kubernetes objects, applying the best-practice defaults in force.
 * Call it only on a stack without validation errors.
 *
 * <pre>{@code
 * List<Manifest> objects = new Lowering().lower(stack);
 * }</pre>
 *
 * <p>Stateless and safe to share between threads.
 */
public final class Lowering {

  /** The stack's objects: the Namespace first, then each app's, then the external aliases. */
  public List<Manifest> lower(Stack stack) {
    List<Manifest> manifests = new ArrayList<>();
    NamespaceLowering.lower(stack).ifPresent(manifests::add);
    for (App app : stack.apps()) {
      AppContext context = AppContext.of(stack, app);
      ServiceAccountLowering.lower(context).ifPresent(manifests::add);
      manifests.add(DeploymentLowering.lower(context));
      ServiceLowering.lower(context).ifPresent(manifests::add);
      DisruptionBudgetLowering.lower(context).ifPresent(manifests::add);
    }
    for (ExternalService alias : stack.externalServices()) {
      manifests.add(ServiceLowering.lower(stack, alias));
    }
    return manifests;
  }
}
