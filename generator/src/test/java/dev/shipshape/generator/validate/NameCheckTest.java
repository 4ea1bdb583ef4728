package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.findings;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NAME-INVALID, NAME-DUPLICATE and NAME-LABEL-VALUE. */
class NameCheckTest {

  @Test
  void duplicateAppNamesAreReportedOnTheSecondApp() {
    App.Builder first = app("api");
    App.Builder second = App.deployment("api").image(Fixtures.IMAGE).port(8080); int secondLine = new Throwable().getStackTrace()[0].getLineNumber();
    Diagnostics diagnostics = validate(stack(first, second));
    Diagnostic d = only(diagnostics, "NAME-DUPLICATE");
    assertEquals("shop/api/name", d.path());
    assertEquals("app name 'api' is used more than once", d.message());
    assertEquals("give every app and external alias of a stack its own name", d.hint());
    assertEquals(Optional.of(new SourceLocation("NameCheckTest.java", secondLine)), d.source());
  }

  @Test
  void anAliasMayNotReuseAnAppName() {
    Diagnostic d = only(validate(stack(app("payments")).externalName("payments", "api.example.com")),
        "NAME-DUPLICATE");
    assertEquals("external alias 'payments' has the name of another app or alias", d.message());
  }

  @Test
  void invalidAppNameSuggestsAValidOne() {
    Diagnostic d = only(validate(stack(app("Web_Frontend"))), "NAME-INVALID");
    assertEquals("shop/Web_Frontend/name", d.path());
    assertEquals("app name 'Web_Frontend' is not a DNS-1035 label (it names a Service)", d.message());
    assertEquals("use at most 63 lowercase letters, digits and '-', starting with a letter, e.g. "
        + "'web-frontend'", d.hint());
  }

  @Test
  void appNamesMustStartWithALetter() {
    assertIds(validate(stack(app("1st-api"))), "NAME-INVALID");
  }

  @Test
  void stackAndNamespaceNamesAreDns1123Labels() {
    Diagnostics diagnostics = validate(Stack.named("My Shop").namespace("Shop_NS").app(app("web")).build());
    assertEquals(2, findings(diagnostics, "NAME-INVALID").size(), diagnostics::report);
    assertEquals("My Shop/name", findings(diagnostics, "NAME-INVALID").get(0).path());
    assertEquals("stack name 'My Shop' is not a DNS-1123 label",
        findings(diagnostics, "NAME-INVALID").get(0).message());
    assertEquals("namespace 'Shop_NS' is not a DNS-1123 label",
        findings(diagnostics, "NAME-INVALID").get(1).message());
    assertIds(validate(Stack.named("1st-shop").namespace("shop-prod").app(app("web")).build()));
  }

  @Test
  void componentMustBeALabelValue() {
    Diagnostic d = only(validate(stack(app("web").component("front end"))), "NAME-LABEL-VALUE");
    assertEquals("shop/web/component", d.path());
  }

  @Test
  void suggestedLabelsAreValid() {
    assertEquals("web-frontend", NameCheck.suggestLabel("Web_Frontend"));
    assertEquals("api", NameCheck.suggestLabel("1-api"));
    assertEquals("app", NameCheck.suggestLabel("___"));
    assertEquals(63, NameCheck.suggestLabel("a".repeat(80)).length());
  }
}
