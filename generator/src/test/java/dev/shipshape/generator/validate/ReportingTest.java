package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whole-stack reporting: every problem at once, nothing written on errors, user source lines. */
class ReportingTest {

  private static int here() {
    return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow()
        .getLineNumber();
  }

  private static Stack fiveMistakes() {
    return Stack.named("shop")
        .app(App.deployment("Web_Frontend")                               // NAME-INVALID
            .image("nginx:latest")                                        // IMAGE-UNPINNED
            .port(8080)
            .resources(Resources.requests("250m", "5GB"))                 // RES-QUANTITY
            .service(Service.nodePort().port(80).nodePort(80)))           // NET-NODEPORT-RANGE + RISK
        .app(App.deployment("api")
            .image("ghcr.io/acme/api:1.4.2")
            .port(8080)
            .env("DB_PASSWORD", "root123")                                // ENV-LITERAL-SECRET
            .service(Service.clusterIp().port(80, "grpc")))               // NET-SERVICE-TARGET-PORT
        .app(App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080)) // NAME-DUPLICATE
        .externalName("legacy-db", "10.0.12.7")                           // NET-EXTERNALNAME-HOST
        .suppress("NET-NODEPORTS-RISK", "lab")                            // RULE-UNKNOWN
        .build();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Diagnostics diagnostics = new Validator().validate(fiveMistakes());
    assertTrue(diagnostics.all().size() >= 5, diagnostics::report);
    Set<String> ids = Fixtures.ids(diagnostics);
    assertEquals(Set.of("NAME-INVALID", "NAME-DUPLICATE", "IMAGE-UNPINNED", "RES-QUANTITY",
        "NET-NODEPORT-RANGE", "NET-NODEPORT-RISK", "ENV-LITERAL-SECRET", "NET-SERVICE-TARGET-PORT",
        "NET-EXTERNALNAME-HOST", "RULE-UNKNOWN", "NET-UNREACHABLE"), ids, diagnostics::report);
    assertTrue(diagnostics.hasErrors());
    assertEquals(2, diagnostics.warningCount());
    assertTrue(diagnostics.report().endsWith(diagnostics.errorCount() + " errors, 2 warnings — nothing was written\n"),
        diagnostics::report);
  }

  @Test
  void renderWritesNothingWhenThereAreErrors() {
    Rendering rendering = new Shipshape().render(fiveMistakes());
    assertFalse(rendering.succeeded());
    assertTrue(rendering.files().isEmpty());
    assertTrue(rendering.stacks().isEmpty());
    assertTrue(rendering.diagnostics().hasErrors());
  }

  @Test
  void renderWritesFilesWhenThereAreOnlyWarnings() {
    Stack lab = Stack.named("lab")
        .app(App.deployment("admin").image("ghcr.io/acme/admin:3.0.1").port(8080)
            .service(Service.nodePort().port(80)))
        .build();
    Rendering rendering = new Shipshape().render(lab);
    assertFalse(rendering.diagnostics().hasErrors());
    assertEquals(1, rendering.diagnostics().warningCount());
    assertTrue(rendering.succeeded());
    assertTrue(rendering.files().isPresent());
    assertTrue(rendering.files().get().paths().contains("lab/admin/deployment.yaml"),
        () -> rendering.files().get().paths().toString());
    assertTrue(rendering.files().get().paths().contains("lab/admin/service.yaml"));
    assertTrue(rendering.objectCount() > 0);
  }

  @Test
  void renderOfACleanStackHasNoDiagnostics() {
    Rendering rendering = new Shipshape().render(Fixtures.stack(Fixtures.app("web").expose(),
        Fixtures.app("client").allowTo("web")).build());
    assertTrue(rendering.succeeded());
    assertEquals("", rendering.diagnostics().report());
  }

  @Test
  void appFindingsCarryTheUsersSourceLine() {
    int line = here(); App.Builder broken = App.deployment("Bad_Name").image("nginx:latest").port(8080);
    Diagnostics diagnostics = new Validator().validate(Stack.named("shop").app(broken).build());
    assertEquals(Set.of("NAME-INVALID", "IMAGE-UNPINNED"), Fixtures.ids(diagnostics));
    for (Diagnostic d : diagnostics.all()) {
      SourceLocation source = d.source().orElseThrow();
      assertEquals("ReportingTest.java", source.file());
      assertEquals(line, source.line());
      assertTrue(d.format().contains("(ReportingTest.java:" + line + ")"), d.format());
    }
  }

  @Test
  void stackFindingsCarryTheStacksSourceLine() {
    int line = here(); Stack.Builder stack = Stack.named("Bad Stack");
    Diagnostic d = Fixtures.only(new Validator().validate(stack.app(Fixtures.app("web")).build()), "NAME-INVALID");
    assertEquals(Optional.of(new SourceLocation("ReportingTest.java", line)), d.source());
  }

  @Test
  void formatPutsTheHintOnAnIndentedSecondLine() {
    Diagnostic d = Fixtures.only(new Validator().validate(Fixtures.stack(Fixtures.app("web")
        .service(Service.nodePort().port(80))).build()), "NET-NODEPORT-RISK");
    String[] lines = d.format().split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("WARNING NET-NODEPORT-RISK shop/web/service: a NodePort Service"), lines[0]);
    assertTrue(lines[1].startsWith("        hint: prefer a ClusterIP Service"), lines[1]);
  }
}
