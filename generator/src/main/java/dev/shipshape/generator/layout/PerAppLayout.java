package dev.shipshape.generator.layout;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.lower.Manifest;
import java.util.Locale;

/**
 * The default layout: one file per object, grouped by stack and app.
 *
 * <pre>
 * shop/namespace.yaml                      objects of the whole stack
 * shop/web/deployment.yaml                 an app's objects, named after their kind
 * shop/web/service.yaml
 * shop/web/networkpolicy-web-egress.yaml   the object's name is added when it differs from the app's
 * shop/_platform/clusterissuer-letsencrypt-production.yaml   cluster-scoped platform objects
 * shop/traffic.md                          the traffic picture
 * </pre>
 */
public final class PerAppLayout implements OutputLayout {

  /** The directory of cluster-scoped objects other than the Namespace; never an app's name. */
  public static final String PLATFORM_DIRECTORY = "_platform";

  @Override
  public String pathOf(Stack stack, Manifest manifest) {
    String kind = manifest.kind().toLowerCase(Locale.ROOT);
    if (manifest.clusterScoped() && !manifest.kind().equals("Namespace")) {
      return stack.name() + "/" + PLATFORM_DIRECTORY + "/" + kind + "-" + manifest.name() + ".yaml";
    }
    String directory = manifest.owner().map(owner -> stack.name() + "/" + owner).orElse(stack.name());
    String expectedName = manifest.owner().orElse(stack.namespaceName());
    String file = manifest.name().equals(expectedName) ? kind : kind + "-" + manifest.name();
    return directory + "/" + file + ".yaml";
  }
}
