package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** User labels and pod annotations: valid keys and values, reserved keys left to Shipshape. */
class MetadataCheckTest {

  @Test
  void validLabelsAndAnnotationsReportNothing() {
    assertIds(validate(stack(app("web").label("team", "payments").label("example.com/tier", "gold")
        .podAnnotation("prometheus.io/scrape", "true")).label("cost-center", "retail")));
  }

  @Test
  void reservedLabelsAreLeftToShipshape() {
    assertEquals("shop/web/labels", only(validate(stack(app("web").label("app.kubernetes.io/version", "2"))),
        "META-LABEL-RESERVED").path());
    assertEquals("shop/labels", only(validate(stack(app("web")).label("app.kubernetes.io/part-of", "x")),
        "META-LABEL-RESERVED").path());
  }

  @Test
  void invalidKeysAndValues() {
    assertIds(validate(stack(app("web").label("Example.com/team", "payments"))), "META-LABEL-KEY");
    assertIds(validate(stack(app("web").label("team", "x".repeat(64)))), "META-LABEL-VALUE");
    assertIds(validate(stack(app("web").podAnnotation("/scrape", "true"))), "META-ANNOTATION-KEY");
  }
}
