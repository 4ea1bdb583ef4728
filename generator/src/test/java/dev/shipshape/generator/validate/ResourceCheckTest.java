package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.findings;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Resources;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RES-QUANTITY and RES-LIMIT-BELOW-REQUEST: messages and hints. */
class ResourceCheckTest {

  @Test
  void bytesSuffixSuggestsDecimalAndBinaryUnits() {
    Diagnostics diagnostics = validate(stack(app("web").resources(Resources.requests("250m", "5GB"))));
    assertIds(diagnostics, "RES-QUANTITY");
    // Resources.requests copies the memory request into the limit, so the request and the limit
    // are both reported; each finding carries the suggestion.
    List<Diagnostic> found = findings(diagnostics, "RES-QUANTITY");
    assertEquals("memory request '5GB' is not a Kubernetes quantity", found.get(0).message());
    for (Diagnostic d : found) {
      assertEquals(Severity.ERROR, d.severity());
      assertEquals("shop/web/resources", d.path());
      assertTrue(d.message().contains("'5GB' is not a Kubernetes quantity"), d.message());
      assertTrue(d.hint().contains("did you mean 5G or 5Gi?"), d.hint());
    }
  }

  @Test
  void lowercaseBinarySuffixSuggestsTheRightCase() {
    Diagnostic d = only(validate(stack(app("web").resources(Resources.requests("250m", "256Mi")
        .memoryLimit("5gi")))), "RES-QUANTITY");
    assertTrue(d.message().startsWith("memory limit '5gi'"), d.message());
    assertTrue(d.hint().contains("5Gi"), d.hint());
    assertEquals("did you mean 5Gi?", d.hint());
  }

  @Test
  void cpuQuantityWithoutSuggestionGetsAGenericHint() {
    Diagnostic d = only(validate(stack(app("web").resources(Resources.requests("half", "256Mi")))),
        "RES-QUANTITY");
    assertEquals("cpu request 'half' is not a Kubernetes quantity", d.message());
    assertTrue(d.hint().contains("'250m'"), d.hint());
  }

  @Test
  void cpuLimitBelowRequest() {
    Diagnostic d = only(validate(stack(app("web")
        .resources(Resources.requests("500m", "256Mi").cpuLimit("250m")))), "RES-LIMIT-BELOW-REQUEST");
    assertEquals("cpu limit 250m is lower than the request 500m; Kubernetes rejects such a pod",
        d.message());
    assertEquals("raise the limit to at least 500m or lower the request", d.hint());
  }

  @Test
  void memoryLimitBelowRequestComparesValuesNotText() {
    assertIds(validate(stack(app("web")
        .resources(Resources.requests("250m", "1Gi").memoryLimit("1024Mi")))));
    Diagnostic d = only(validate(stack(app("web")
        .resources(Resources.requests("250m", "1Gi").memoryLimit("1G")))), "RES-LIMIT-BELOW-REQUEST");
    assertTrue(d.message().startsWith("memory limit 1G is lower than the request 1Gi"), d.message());
  }

  @Test
  void defaultResourcesOfTheStackAndOfAnAppAreChecked() {
    Diagnostics diagnostics = validate(stack(app("web")
            .practices(Practices.builder().defaultResources(Resources.requests("1 cpu", "128Mi"))))
        .practices(Practices.builder().defaultResources(Resources.requests("100m", "128MB"))));
    List<String> paths = findings(diagnostics, "RES-QUANTITY").stream().map(Diagnostic::path)
        .distinct().toList();
    assertEquals(List.of("shop/practices/defaultResources", "shop/web/practices/defaultResources"),
        paths, diagnostics::report);
  }

  @Test
  void validResourcesReportNothing() {
    assertIds(validate(stack(app("web").resources(Resources.requests("0.5", "512Mi").cpuLimit("2")))));
  }

  @Test
  void negativeAmountsAreRejected() {
    Diagnostics diagnostics = validate(stack(app("web").resources(Resources.requests("-250m", "256Mi"))));
    assertTrue(diagnostics.hasErrors(), "a negative CPU request must not validate:\n" + diagnostics.report());
  }
}
