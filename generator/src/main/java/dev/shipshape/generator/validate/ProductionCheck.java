package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Profile;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.ImageReference;
import java.util.List;

/**
 * Rules that exist only under the {@link Profile#PRODUCTION production} profile: a stateless app
 * (a Deployment without persistent data, which one claim would pin to one replica) runs at least two
 * replicas, and images are pinned by digest. (Risks that are warnings elsewhere
 * become errors in production through {@link Rule#errorInProduction()}.)
 */
final class ProductionCheck implements Check {

  static final Rule SINGLE_REPLICA = Rule.error("PROD-SINGLE-REPLICA",
      "a stateless app runs a single replica in production");
  static final Rule IMAGE_DIGEST = Rule.error("PROD-IMAGE-DIGEST",
      "an image is pinned only by a tag, which can be moved, in production");

  @Override
  public List<Rule> rules() {
    return List.of(SINGLE_REPLICA, IMAGE_DIGEST);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    if (findings.profile() != Profile.PRODUCTION) {
      return;
    }
    for (App app : stack.apps()) {
      boolean stateless = switch (app.kind()) {
        case DEPLOYMENT -> app.persistence().isEmpty();
        case STATEFUL_SET -> false;
      };
      if (stateless && app.replicas() == 1) {
        findings.report(SINGLE_REPLICA, Where.app(stack, app, "replicas"),
            "app '" + app.name() + "' runs 1 replica, so every rollout, node drain or crash takes it down",
            "run at least 2: .replicas(2) on the app, or .replicas(\"" + app.name()
                + "\", 2) on the production environment");
      }
      app.image().flatMap(ImageReference::parse)
          .filter(image -> image.isPinned() && image.digest().isEmpty())
          .ifPresent(image -> findings.report(IMAGE_DIGEST, Where.app(stack, app, "image"),
              "image '" + app.image().get() + "' is pinned by tag only; a tag can be re-pushed, so "
                  + "production could run code nobody reviewed",
              "add the digest: '" + app.image().get() + "@sha256:<digest>' (e.g. from "
                  + "`crane digest " + app.image().get() + "`)"));
    }
  }
}
