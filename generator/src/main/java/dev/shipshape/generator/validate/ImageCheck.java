package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.ImageReference;
import java.util.List;
import java.util.Optional;

/** Every app names a valid container image pinned by tag or digest. */
final class ImageCheck implements Check {

  static final Rule REQUIRED = Rule.error("IMAGE-REQUIRED", "an app has no container image");
  static final Rule REFERENCE = Rule.error("IMAGE-REFERENCE", "an image reference is malformed");
  static final Rule UNPINNED = Rule.error("IMAGE-UNPINNED", "an image has no tag, or uses 'latest'");

  @Override
  public List<Rule> rules() {
    return List.of(REQUIRED, REFERENCE, UNPINNED);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    for (App app : stack.apps()) {
      Where where = Where.app(stack, app, "image");
      if (app.image().isEmpty()) {
        findings.report(REQUIRED, where, "app '" + app.name() + "' has no image",
            "add .image(\"registry/repository:tag\") to the app");
        continue;
      }
      String image = app.image().get();
      Optional<ImageReference> reference = ImageReference.parse(image);
      if (reference.isEmpty()) {
        findings.report(REFERENCE, where, "'" + image + "' is not a valid image reference",
            "write it as [registry/]repository[:tag][@sha256:digest], lowercase repository, e.g. "
                + "'ghcr.io/acme/web:2.3.1'");
      } else if (!reference.get().isPinned()) {
        String problem = reference.get().tag().isPresent() ? "uses the 'latest' tag" : "has no tag";
        findings.report(UNPINNED, where, "image '" + image + "' " + problem
                + ", so every rollout may run different code",
            "pin a version tag or a digest, e.g. '" + reference.get().repository() + ":1.2.3'");
      }
    }
  }
}
