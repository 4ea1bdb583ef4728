package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.generator.diagnostics.Diagnostic;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** NET-EXTERNALNAME-HOST: aliases point at lowercase DNS names, never at IP addresses. */
class ExternalNameCheckTest {

  @Test
  void ipv4AddressIsRejected() {
    int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
    Diagnostic d = only(validate(stack(app("web")).externalName("legacy-db", "10.0.0.7")),
        "NET-EXTERNALNAME-HOST");
    assertEquals("shop/legacy-db/externalName", d.path());
    assertEquals("externalName '10.0.0.7' is an IP address; DNS would look it up as a name and never "
        + "resolve it", d.message());
    assertTrue(d.hint().contains("headless Service"), d.hint());
    assertEquals(Optional.of(new SourceLocation("ExternalNameCheckTest.java", line)), d.source());
  }

  @Test
  void ipv6AddressIsRejected() {
    Diagnostic d = only(validate(stack(app("web")).externalName("legacy-db", "2001:db8::7")),
        "NET-EXTERNALNAME-HOST");
    assertTrue(d.message().contains("is an IP address"), d.message());
  }

  @Test
  void uppercaseOrTrailingDotHostGetsTheLowercaseName() {
    assertEquals("did you mean 'api.payments.example.com'?", only(validate(stack(app("web"))
        .externalName("payments", "API.Payments.example.com")), "NET-EXTERNALNAME-HOST").hint());
    assertEquals("did you mean 'api.payments.example.com'?", only(validate(stack(app("web"))
        .externalName("payments", "api.payments.example.com.")), "NET-EXTERNALNAME-HOST").hint());
  }

  @Test
  void lowercaseHostnameIsFine() {
    assertIds(validate(stack(app("web")).externalName("payments", "api.payments.example.com")));
  }

  @Test
  void schemeOrPortInTheTargetIsNotCalledAnIpAddress() {
    for (String host : new String[] {"https://api.payments.example.com", "api.payments.example.com:443"}) {
      Diagnostic d = only(validate(stack(app("web")).externalName("payments", host)), "NET-EXTERNALNAME-HOST");
      assertFalse(d.message().contains("IP address"), d.message());
      assertTrue(d.hint().contains("no scheme, port or path"), d.hint());
    }
  }
}
