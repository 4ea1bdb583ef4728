package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.HttpMethod;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.MtlsMode;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.RetryOn;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A minimal stack breaking each service-mesh rule and nothing else, plus the rules' finer points. */
class MeshRulesTest {

  private static final String NEXT = "ghcr.io/acme/web:2.0.0";

  private static Mesh.Builder istio() {
    return Mesh.istio().cniPlugin();
  }

  /** Rule id → a stack that breaks it; {@link RuleCoverageTest} runs them with every other rule's. */
  static Map<String, Supplier<Stack>> breakingStacks() {
    Map<String, Supplier<Stack>> table = new LinkedHashMap<>();
    table.put("MESH-REQUIRED", () -> stack(app("api").expose().timeout("5s")).build());
    table.put("MESH-UNSUPPORTED", () -> stack(app("api")).mesh(Mesh.linkerd().cniPlugin().tracingSampling(10)).build());
    table.put("MESH-WEIGHTS", () -> stack(app("api").expose()
        .rollout(Rollout.canary(NEXT).weights(90, 20))).mesh(istio()).build());
    table.put("MESH-SETTING", () -> stack(app("api").expose().timeout("5 seconds")).mesh(istio()).build());
    table.put("MESH-TARGET", () -> stack(app("api").circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5)))
        .mesh(istio()).build());
    table.put("MESH-RETRY-NO-TIMEOUT", () -> stack(app("api").expose().retries(Retries.attempts(2)))
        .mesh(istio()).build());
    table.put("MESH-RETRY-NON-IDEMPOTENT", () -> stack(app("api").expose().timeout("5s")
        .retries(Retries.attempts(2).methods(HttpMethod.GET, HttpMethod.POST))).mesh(istio()).build());
    table.put("MESH-IDENTITY", () -> stack(app("web").allowTo("api")
        .practices(Practices.builder().dedicatedServiceAccount(false)), app("api").expose()).mesh(istio()).build());
    table.put("MESH-POD-SECURITY", () -> stack(app("api")).mesh(Mesh.linkerd()).build());
    table.put("MESH-PLAINTEXT-CLIENT", () -> stack(app("api").expose().allowFromNamespace("monitoring"))
        .mesh(istio()).build());
    return table;
  }

  private static List<String> ids(Stack stack) {
    return new Validator().validate(stack).all().stream().map(d -> d.rule().id()).toList();
  }

  @Test
  void everyMeshFeatureWithoutAMeshIsNamedAndTheHintSaysWhatToEnable() {
    Diagnostics found = new Validator().validate(stack(app("api").expose()
        .rollout(Rollout.blueGreen(NEXT)).retries(Retries.attempts(2)).timeout("5s")
        .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5))).build());
    List<Diagnostic> required = Fixtures.findings(found, "MESH-REQUIRED");
    assertEquals(List.of("shop/api/rollout", "shop/api/retries", "shop/api/timeout", "shop/api/circuitBreaker"),
        required.stream().map(Diagnostic::path).toList());
    assertTrue(required.get(0).message().contains("a blue/green rollout"), required.get(0).message());
    required.forEach(d -> assertTrue(d.hint().contains(".mesh(Mesh.istio())"), d.hint()));
  }

  @Test
  void weightsMustBeSharesAddingUpTo100() {
    assertEquals(List.of(), ids(stack(app("api").expose().rollout(Rollout.canary(NEXT).weights(100, 0)))
        .mesh(istio()).build()));
    assertEquals(List.of("MESH-WEIGHTS"), ids(stack(app("api").expose()
        .rollout(Rollout.canary(NEXT).weights(110, -10))).mesh(istio()).build()));
    Diagnostic weights = Fixtures.only(new Validator().validate(BREAKING.get("MESH-WEIGHTS").get()), "MESH-WEIGHTS");
    assertTrue(weights.message().contains("= 110"), weights.message());
    assertTrue(weights.hint().contains(".weights(80, 20)"), weights.hint());
  }

  @Test
  void idempotentRetriesAndAReasonedOptInAreAccepted() {
    assertEquals(List.of(), ids(stack(app("api").expose().timeout("5s")
        .retries(Retries.attempts(2).methods(HttpMethod.GET, HttpMethod.PUT))).mesh(istio()).build()));
    assertEquals(List.of(), ids(stack(app("api").expose().timeout("5s")
        .retries(Retries.attempts(2).methods(HttpMethod.POST).includingNonIdempotent("Idempotency-Key")))
        .mesh(istio()).build()));
    assertEquals(List.of("MESH-RETRY-NON-IDEMPOTENT"), ids(stack(app("api").expose().timeout("5s")
        .retries(Retries.attempts(2).methods(HttpMethod.PATCH).includingNonIdempotent(" "))).mesh(istio()).build()));
  }

  @Test
  void linkerdRefusesWhatItCannotExpress() {
    Stack stack = stack(app("api").expose().timeout("5s")
        .retries(Retries.attempts(2).on(RetryOn.RESET))
        .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5).maxConnections(10)))
        .mesh(Mesh.linkerd().cniPlugin().mtls(MtlsMode.PERMISSIVE)).build();
    assertEquals(List.of("MESH-UNSUPPORTED", "MESH-UNSUPPORTED", "MESH-UNSUPPORTED"), ids(stack));
  }

  @Test
  void ambientModeRefusesL7FeaturesButAcceptsIdentityPolicies() {
    assertEquals(List.of("MESH-UNSUPPORTED"), ids(stack(app("api").expose().timeout("5s"))
        .mesh(Mesh.istioAmbient()).build()));
    assertEquals(List.of(), ids(stack(app("web").allowTo("api"), app("api").expose())
        .mesh(Mesh.istioAmbient()).build()));
  }

  @Test
  void sidecarsUnderPodSecurityNeedTheCniPluginButAmbientAndPermissiveNamespacesDoNot() {
    assertEquals(List.of("MESH-POD-SECURITY"), ids(stack(app("api")).mesh(Mesh.istio()).build()));
    assertEquals(List.of(), ids(stack(app("api")).mesh(Mesh.istioAmbient()).build()));
    assertEquals(List.of(), ids(stack(app("api")).mesh(Mesh.istio())
        .practices(Practices.builder().namespace(false)).build()));
  }

  @Test
  void plainTextClientsAreOnlyWarnedAboutUnderStrictMtls() {
    assertEquals(List.of(), ids(stack(app("api").expose().allowFromNamespace("monitoring"))
        .mesh(istio().mtls(MtlsMode.PERMISSIVE)).build()));
    assertEquals(List.of("MESH-PLAINTEXT-CLIENT"), ids(stack(app("api").expose().allowFromNamespace("monitoring"))
        .mesh(Mesh.linkerd().cniPlugin()).build()));
  }

  @Test
  void rolloutsNeedAStatelessAppWithAServiceAndANewPinnedImage() {
    assertEquals(List.of("MESH-TARGET"), ids(stack(app("api").rollout(Rollout.canary(NEXT))).mesh(istio()).build()));
    assertEquals(List.of("MESH-SETTING"), ids(stack(app("api").expose().rollout(Rollout.canary("ghcr.io/acme/web")))
        .mesh(istio()).build()));
    assertEquals(List.of("MESH-SETTING"), ids(stack(app("api").expose().rollout(Rollout.canary(Fixtures.IMAGE)))
        .mesh(istio()).build()));
  }

  private static final Map<String, Supplier<Stack>> BREAKING = breakingStacks();
}
