package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.assertIds;
import static dev.shipshape.generator.validate.Fixtures.findings;
import static dev.shipshape.generator.validate.Fixtures.only;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static dev.shipshape.generator.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suppressions by rule id, with mandatory reasons; RULE-UNKNOWN and RULE-REASON. */
class SuppressionTest {

  @Test
  void stackLevelSuppressionDropsTheFindingEverywhere() {
    assertIds(validate(stack(app("a").image("nginx:latest"), app("b").image("redis"))
        .suppress("IMAGE-UNPINNED", "throw-away demo cluster")));
  }

  @Test
  void stackLevelSuppressionOnlyDropsItsRule() {
    assertIds(validate(stack(app("a").image("nginx:latest").service(Service.nodePort().port(80)))
        .suppress("IMAGE-UNPINNED", "throw-away demo cluster")), "NET-NODEPORT-RISK");
  }

  @Test
  void appLevelSuppressionOnlyAffectsThatApp() {
    Diagnostics diagnostics = validate(stack(
        app("legacy").service(Service.nodePort().port(80))
            .suppress("NET-NODEPORT-RISK", "reached by the lab's hardware load balancer"),
        app("admin").service(Service.nodePort().port(80))));
    Diagnostic d = only(diagnostics, "NET-NODEPORT-RISK");
    assertEquals("shop/admin/service", d.path());
  }

  @Test
  void suppressionsOfStackLevelFindingsWork() {
    assertIds(validate(stack(app("web")).externalName("legacy-db", "10.0.0.7")
        .suppress("NET-EXTERNALNAME-HOST", "resolved by a custom CoreDNS plugin")));
  }

  @Test
  void blankReasonIsAnErrorAndDoesNotSuppress() {
    Diagnostics diagnostics = validate(stack(app("web").image("nginx:latest")).suppress("IMAGE-UNPINNED", ""));
    assertIds(diagnostics, "IMAGE-UNPINNED", "RULE-REASON");
    Diagnostic d = only(diagnostics, "RULE-REASON");
    assertEquals("shop/suppress/IMAGE-UNPINNED", d.path());
    assertEquals("the suppression of IMAGE-UNPINNED has no reason", d.message());
    assertEquals("write down why the rule does not apply here; reviewers read it", d.hint());
  }

  @Test
  void blankReasonOnAnAppSuppression() {
    Diagnostics diagnostics = validate(stack(app("web").image("nginx:latest")
        .suppress("IMAGE-UNPINNED", "   ")));
    assertIds(diagnostics, "IMAGE-UNPINNED", "RULE-REASON");
    assertEquals("shop/web/suppress/IMAGE-UNPINNED", only(diagnostics, "RULE-REASON").path());
  }

  @Test
  void unknownRuleIdGetsTheClosestId() {
    int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
    Diagnostics diagnostics = validate(stack(app("web")).suppress("NET-NODEPORTS-RISK", "lab"));
    Diagnostic d = only(diagnostics, "RULE-UNKNOWN");
    assertEquals("shop/suppress/NET-NODEPORTS-RISK", d.path());
    assertEquals("no rule is called 'NET-NODEPORTS-RISK'", d.message());
    assertEquals("did you mean 'NET-NODEPORT-RISK'?", d.hint());
    assertEquals(Optional.of(new SourceLocation("SuppressionTest.java", line)), d.source());
  }

  @Test
  void unknownRuleIdWithoutANeighbour() {
    assertEquals("copy the rule id from the diagnostic you want to suppress",
        only(validate(stack(app("web")).suppress("SOMETHING-ELSE-ENTIRELY", "because")), "RULE-UNKNOWN").hint());
  }

  @Test
  void suppressionRulesCannotThemselvesBeSuppressed() {
    Diagnostics diagnostics = validate(stack(app("web"))
        .suppress("RULE-UNKNOWN", "silence typos")
        .suppress("NO-SUCH-RULE", "really"));
    assertEquals(2, findings(diagnostics, "RULE-UNKNOWN").size(), diagnostics::report);
  }
}
