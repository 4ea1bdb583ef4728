package dev.shipshape.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Setting;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A breaking input for every environment and production rule, and one that passes each. */
class EnvironmentRulesTest {

  private static final String DIGEST = "@sha256:" + "a".repeat(64);

  private static Stack.Builder stack() {
    return Stack.named("shop").app(App.deployment("web").image("ghcr.io/acme/web:1.0.0" + DIGEST)
        .port(8080).replicas(2).expose());
  }

  private static List<Diagnostic> findings(Stack stack, String ruleId) {
    return new Validator().validate(stack).all().stream().filter(d -> d.rule().id().equals(ruleId)).toList();
  }

  @Test
  void environmentNameMustBeALabel() {
    assertEquals("shop@Prod_EU/name",
        findings(stack().environment(Environment.named("Prod_EU")).build(), "ENVIRONMENT-NAME").get(0).path());
    assertTrue(findings(stack().environment(Environment.named("prod-eu")).build(), "ENVIRONMENT-NAME").isEmpty());
  }

  @Test
  void environmentsAreDeclaredOnce() {
    Stack twice = stack().environment(Environment.named("dev")).environment(Environment.named("dev")).build();
    assertEquals(1, findings(twice, "ENVIRONMENT-DUPLICATE").size());
  }

  @Test
  void overridesNameExistingApps() {
    Diagnostic found = findings(stack().environment(Environment.named("dev").replicas("weeb", 1)).build(),
        "ENVIRONMENT-UNKNOWN-APP").get(0);
    assertEquals("did you mean 'web'?", found.hint());
    assertTrue(findings(stack().environment(Environment.named("dev").replicas("web", 1)).build(),
        "ENVIRONMENT-UNKNOWN-APP").isEmpty());
  }

  @Test
  void stackSettingsAreNotOverriddenPerApp() {
    assertEquals(1, findings(stack().environment(Environment.named("dev").set("web", Setting.CLOUD, Cloud.GCP))
        .build(), "ENVIRONMENT-OVERRIDE-SCOPE").size());
    assertTrue(findings(stack().environment(Environment.named("dev").cloud(Cloud.GCP)).build(),
        "ENVIRONMENT-OVERRIDE-SCOPE").isEmpty());
  }

  @Test
  void productionRefusesSingleReplicasOnlyInProduction() {
    Stack stack = stack().environment(Environment.named("dev").replicas(1))
        .environment(Environment.named("prod").production().replicas(1)).build();
    List<Diagnostic> found = findings(stack, "PROD-SINGLE-REPLICA");
    assertEquals(List.of("shop@prod/web/replicas"), found.stream().map(Diagnostic::path).toList());
  }

  @Test
  void anAppWithPersistentDataMayRunOneReplicaInProduction() {
    Stack stack = Stack.named("shop").app(App.deployment("files").image("ghcr.io/acme/files:1.0.0" + DIGEST)
        .port(8080).persist("/srv", "1Gi"))
        .environment(Environment.named("prod").production()).build();
    assertTrue(findings(stack, "PROD-SINGLE-REPLICA").isEmpty());
  }

  @Test
  void productionRequiresDigests() {
    Stack stack = stack().environment(Environment.named("prod").production()
        .image("web", "ghcr.io/acme/web:1.0.0")).build();
    assertEquals(1, findings(stack, "PROD-IMAGE-DIGEST").size());
    assertTrue(findings(stack().environment(Environment.named("prod").production()).build(),
        "PROD-IMAGE-DIGEST").isEmpty());
  }

  @Test
  void productionRaisesANodePortWithoutReasonToAnError() {
    Stack stack = Stack.named("lab").app(App.deployment("web").image("ghcr.io/acme/web:1.0.0" + DIGEST)
            .port(8080).replicas(2).service(Service.nodePort()))
        .environment(Environment.named("prod").production()).build();
    List<Diagnostic> found = findings(stack, "NET-NODEPORT-RISK");
    assertEquals(List.of(Severity.WARNING, Severity.ERROR), found.stream().map(Diagnostic::severity).toList());
    assertEquals("lab@prod/web/service", found.get(1).path());
  }

  @Test
  void aFindingOfEveryEnvironmentAndTheBaseIsReportedOnce() {
    Stack stack = Stack.named("lab").app(App.deployment("web").image("ghcr.io/acme/web:1.0.0")
            .port(8080).service(Service.nodePort()))
        .environment(Environment.named("dev")).environment(Environment.named("staging")).build();
    assertEquals(List.of("lab/web/service"),
        findings(stack, "NET-NODEPORT-RISK").stream().map(Diagnostic::path).toList());
  }
}
