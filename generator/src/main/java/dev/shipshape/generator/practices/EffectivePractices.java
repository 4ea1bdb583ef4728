package dev.shipshape.generator.practices;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Stack;
import java.util.Optional;
import java.util.function.Function;

/**
 * The best-practice switches in force for one app: the app's setting, else the stack's, else
 * Shipshape's default (on).
 *
 * <pre>{@code
 * EffectivePractices practices = EffectivePractices.of(stack, app);
 * if (practices.podDisruptionBudget()) { ... }
 * }</pre>
 *
 * @param recommendedLabels the {@code app.kubernetes.io/*} labels
 * @param restrictedPodSecurity Pod Security "restricted" contexts
 * @param readOnlyRootFilesystem a read-only root filesystem with a writable {@code /tmp}
 * @param derivedProbes probes derived from the first port when none are declared
 * @param dedicatedServiceAccount a ServiceAccount per app without token automount
 * @param podDisruptionBudget a PodDisruptionBudget from two replicas on
 * @param podAntiAffinity preferred anti-affinity across nodes from two replicas on
 * @param topologySpread spreading across zones from two replicas on
 * @param namespace a Namespace object labelled for Pod Security admission
 * @param defaultResources requests and limits for containers that declare none
 */
public record EffectivePractices(
    boolean recommendedLabels,
    boolean restrictedPodSecurity,
    boolean readOnlyRootFilesystem,
    boolean derivedProbes,
    boolean dedicatedServiceAccount,
    boolean podDisruptionBudget,
    boolean podAntiAffinity,
    boolean topologySpread,
    boolean namespace,
    Resources defaultResources) {

  /** Requests for containers that declare none: small, with the memory limit equal to the request. */
  public static final Resources DEFAULT_RESOURCES = Resources.requests("100m", "128Mi");

  /** The switches of the stack itself (for stack-level objects such as the Namespace). */
  public static EffectivePractices of(Stack stack) {
    return resolve(stack.practices(), Optional.empty());
  }

  /** The switches in force for {@code app}. */
  public static EffectivePractices of(Stack stack, App app) {
    return resolve(stack.practices(), app.practices());
  }

  /** Every switch on, with the default resources: what a stack and an app that set nothing get. */
  private static final EffectivePractices ALL_ON = new EffectivePractices(
      true, true, true, true, true, true, true, true, true, DEFAULT_RESOURCES);

  private static EffectivePractices resolve(Optional<Practices> stack, Optional<Practices> app) {
    if (stack.isEmpty() && app.isEmpty()) {
      return ALL_ON;   // the common case, asked for by most objects a stack lowers to
    }
    return new EffectivePractices(
        flag(stack, app, Practices::recommendedLabels),
        flag(stack, app, Practices::restrictedPodSecurity),
        flag(stack, app, Practices::readOnlyRootFilesystem),
        flag(stack, app, Practices::derivedProbes),
        flag(stack, app, Practices::dedicatedServiceAccount),
        flag(stack, app, Practices::podDisruptionBudget),
        flag(stack, app, Practices::podAntiAffinity),
        flag(stack, app, Practices::topologySpread),
        flag(stack, Optional.empty(), Practices::namespace),
        pick(stack, app, Practices::defaultResources).orElse(DEFAULT_RESOURCES));
  }

  private static boolean flag(Optional<Practices> stack, Optional<Practices> app,
      Function<Practices, Optional<Boolean>> setting) {
    return pick(stack, app, setting).orElse(true);
  }

  private static <T> Optional<T> pick(Optional<Practices> stack, Optional<Practices> app,
      Function<Practices, Optional<T>> setting) {
    return app.flatMap(setting).or(() -> stack.flatMap(setting));
  }
}
