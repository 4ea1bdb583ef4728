package dev.shipshape.generator.lower;

import dev.shipshape.dsl.ExternalService;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.network.AppTraffic;
import dev.shipshape.generator.network.TrafficModel;
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

  /**
   * The stack's objects: the Namespace and the stack-wide NetworkPolicies first, then the
   * cluster-scoped ClusterIssuers, then each app's, then the external aliases.
   */
  public List<Manifest> lower(Stack stack) {
    List<Manifest> manifests = new ArrayList<>();
    NamespaceLowering.lower(stack).ifPresent(manifests::add);
    TrafficModel traffic = TrafficModel.of(stack);
    manifests.addAll(NetworkPolicyLowering.lowerStack(stack, traffic));
    manifests.addAll(ClusterIssuerLowering.lower(stack));
    for (AppTraffic appTraffic : traffic.apps()) {
      AppContext context = AppContext.of(stack, appTraffic.app());
      ServiceAccountLowering.lower(context).ifPresent(manifests::add);
      manifests.add(DeploymentLowering.lower(context));
      ServiceLowering.lower(context).ifPresent(manifests::add);
      DisruptionBudgetLowering.lower(context).ifPresent(manifests::add);
      IngressLowering.lower(context).ifPresent(manifests::add);
      manifests.addAll(HttpRouteLowering.lower(context));
      manifests.add(NetworkPolicyLowering.lower(context, appTraffic));
    }
    for (ExternalService alias : stack.externalServices()) {
      manifests.add(ServiceLowering.lower(stack, alias));
    }
    return manifests;
  }
}
