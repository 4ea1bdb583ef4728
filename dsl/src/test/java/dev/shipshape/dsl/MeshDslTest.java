package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mesh DSL: mesh choice and defaults, rollouts, retries and circuit breakers. */
class MeshDslTest {

  @Test
  void aStackHasNoMeshUntilItAsksForOne() {
    assertEquals(Optional.empty(), Stack.named("shop").build().mesh());
    Mesh istio = Stack.named("shop").mesh(Mesh.istio()).build().mesh().orElseThrow();
    assertEquals(MeshKind.ISTIO, istio.kind());
    assertEquals(MtlsMode.STRICT, istio.mtls());
    assertEquals("istio-system", istio.effectiveControlPlaneNamespace());
    assertFalse(istio.cniPlugin());
    assertEquals("linkerd", Mesh.linkerd().build().effectiveControlPlaneNamespace());
    assertEquals("istio", Mesh.linkerd().controlPlaneNamespace("istio").build().effectiveControlPlaneNamespace());
    assertFalse(MeshKind.ISTIO_AMBIENT.sidecars());
    assertTrue(MeshKind.ISTIO_AMBIENT.istio());
  }

  @Test
  void aCanaryAndBlueGreenNameTheirTracksAndWeights() {
    Rollout canary = Rollout.canary("ghcr.io/acme/api:1.5.0");
    assertEquals(List.of("stable", "canary", "90", "10"), List.of(canary.primaryTrack(), canary.secondaryTrack(),
        String.valueOf(canary.primaryWeight()), String.valueOf(canary.secondaryWeight())));
    assertEquals(75, ((Rollout.Canary) canary).weights(75, 25).primaryWeight());
    Rollout.BlueGreen blueGreen = Rollout.blueGreen("ghcr.io/acme/api:1.5.0");
    assertEquals(100, blueGreen.primaryWeight());
    assertEquals(List.of(0, 100), List.of(blueGreen.live(Colour.GREEN).primaryWeight(),
        blueGreen.live(Colour.GREEN).secondaryWeight()));
    assertEquals(List.of("blue", "green"), List.of(blueGreen.primaryTrack(), blueGreen.secondaryTrack()));
  }

  @Test
  void retriesDefaultToIdempotentMethodsAndGatewayErrors() {
    Retries retries = Retries.attempts(3);
    assertEquals(List.of(RetryOn.GATEWAY_ERROR), retries.effectiveConditions());
    assertEquals(List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.PUT, HttpMethod.DELETE,
        HttpMethod.TRACE), retries.effectiveMethods());
    Retries posts = retries.methods(HttpMethod.POST, HttpMethod.POST).includingNonIdempotent("Idempotency-Key");
    assertEquals(List.of(HttpMethod.POST), posts.effectiveMethods());
    assertEquals(Optional.of("Idempotency-Key"), posts.nonIdempotentReason());
    assertEquals(Optional.empty(), RetryOn.RESET.linkerd());
  }

  @Test
  void circuitBreakerKnowsWhetherItLimitsConnections() {
    CircuitBreaker breaker = CircuitBreaker.afterConsecutiveErrors(5).ejectFor("30s");
    assertFalse(breaker.limitsConnections());
    assertTrue(breaker.maxPendingRequests(10).limitsConnections());
    App app = App.deployment("api").circuitBreaker(breaker).timeout("5s").build();
    assertEquals(Optional.of("5s"), app.requestTimeout());
    assertEquals(5, app.circuitBreaker().orElseThrow().consecutiveErrors());
  }
}
