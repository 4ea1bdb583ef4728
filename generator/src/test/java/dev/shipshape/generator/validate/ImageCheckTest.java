package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shipshape.dsl.App;
import dev.shipshape.generator.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

/** IMAGE-REQUIRED, IMAGE-REFERENCE and IMAGE-UNPINNED. */
class ImageCheckTest {

  @Test
  void latestTagIsUnpinned() {
    Diagnostic d = only(validate(stack(app("web").image("nginx:latest"))), "IMAGE-UNPINNED");
    assertEquals("shop/web/image", d.path());
    assertEquals("image 'nginx:latest' uses the 'latest' tag, so every rollout may run different code",
        d.message());
    assertEquals("pin a version tag or a digest, e.g. 'nginx:1.2.3'", d.hint());
  }

  @Test
  void untaggedImageIsUnpinned() {
    Diagnostic d = only(validate(stack(app("web").image("ghcr.io/acme/web"))), "IMAGE-UNPINNED");
    assertEquals("image 'ghcr.io/acme/web' has no tag, so every rollout may run different code",
        d.message());
    assertEquals("pin a version tag or a digest, e.g. 'ghcr.io/acme/web:1.2.3'", d.hint());
  }

  @Test
  void tagsAndDigestsPin() {
    String digest = "sha256:" + "ab".repeat(32);
    assertIds(validate(stack(app("web").image("nginx:1.27.3"))));
    assertIds(validate(stack(app("web").image("nginx@" + digest))));
    assertIds(validate(stack(app("web").image("localhost:5000/nginx:1.27.3@" + digest))));
  }

  @Test
  void malformedReference() {
    Diagnostic d = only(validate(stack(app("web").image("ghcr.io/Acme/web:1.0"))), "IMAGE-REFERENCE");
    assertEquals("'ghcr.io/Acme/web:1.0' is not a valid image reference", d.message());
  }

  @Test
  void missingImage() {
    Diagnostic d = only(validate(stack(App.deployment("web").port(8080))), "IMAGE-REQUIRED");
    assertEquals("app 'web' has no image", d.message());
    assertEquals("add .image(\"registry/repository:tag\") to the app", d.hint());
  }
}
