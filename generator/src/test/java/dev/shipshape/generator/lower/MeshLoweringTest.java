package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.app;
import static dev.shipshape.generator.lower.Trees.get;
import static dev.shipshape.generator.lower.Trees.has;
import static dev.shipshape.generator.lower.Trees.lower;
import static dev.shipshape.generator.lower.Trees.stack;
import static dev.shipshape.generator.lower.Trees.strings;
import static dev.shipshape.generator.lower.Trees.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.CircuitBreaker;
import dev.shipshape.dsl.Colour;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Retries;
import dev.shipshape.dsl.Rollout;
import dev.shipshape.dsl.Stack;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class MeshLoweringTest {

  private static final Set<String> MESH_GROUPS = Set.of("security.istio.io", "networking.istio.io",
      "telemetry.istio.io", "policy.linkerd.io");

  private static Stack.Builder shop(Mesh.Builder mesh) {
    return stack(app("web").allowTo("api"), app("api").expose()
        .rollout(Rollout.canary("ghcr.io/acme/web:2.0.0").weights(90, 10))
        .retries(Retries.attempts(3).perTryTimeout("2s")).timeout("5s")
        .circuitBreaker(CircuitBreaker.afterConsecutiveErrors(5).ejectFor("30s")))
        .mesh(mesh.cniPlugin().metricsScrapedFrom("monitoring"));
  }

  private static List<Integer> policyPorts(JsonNode rules) {
    return StreamSupport.stream(rules.spliterator(), false)
        .flatMap(rule -> StreamSupport.stream(rule.path("ports").spliterator(), false))
        .filter(port -> port.path("port").isInt()).map(port -> port.path("port").asInt()).toList();
  }

  @Test
  void withoutAMeshNothingMeshSpecificIsRendered() {
    List<Manifest> manifests = lower(stack(app("web").allowTo("api"), app("api").expose()));
    assertTrue(manifests.stream().noneMatch(m -> MESH_GROUPS.contains(m.apiVersion().split("/")[0])));
    JsonNode namespace = get(manifests, "Namespace", "shop");
    assertFalse(namespace.path("metadata").path("labels").has("istio-injection"));
    assertFalse(namespace.path("metadata").has("annotations"));
    assertEquals(List.of(), policyPorts(get(manifests, "NetworkPolicy", "api").path("spec").path("egress")));
  }

  @Test
  void istioLabelsTheNamespaceAndRendersStrictMtlsAndIdentityPolicies() {
    List<Manifest> manifests = lower(shop(Mesh.istio()));
    assertEquals("enabled", get(manifests, "Namespace", "shop").path("metadata").path("labels")
        .path("istio-injection").asText());
    assertEquals("STRICT", get(manifests, "PeerAuthentication", "default").path("spec").path("mtls").path("mode").asText());
    assertEquals(0, get(manifests, "AuthorizationPolicy", "allow-nothing").path("spec").size());
    JsonNode allow = get(manifests, "AuthorizationPolicy", "api").path("spec");
    assertEquals("ALLOW", allow.path("action").asText());
    assertEquals(List.of("cluster.local/ns/shop/sa/web"),
        texts(allow.path("rules").get(0).path("from").get(0).path("source").path("principals")));
    assertEquals(List.of("8080"), texts(allow.path("rules").get(0).path("to").get(0).path("operation").path("ports")));
    assertFalse(has(manifests, "AuthorizationPolicy", "web"), "nobody may connect to web");
    assertEquals(List.of(15012), policyPorts(get(manifests, "NetworkPolicy", "web").path("spec").path("egress")));
    assertEquals(List.of(15020), policyPorts(get(manifests, "NetworkPolicy", "api").path("spec").path("ingress")));
  }

  @Test
  void istioCanaryRendersSubsetsWeightsRetriesAndCircuitBreaking() {
    List<Manifest> manifests = lower(shop(Mesh.istio()));
    JsonNode rule = get(manifests, "DestinationRule", "api").path("spec");
    assertEquals("api.shop.svc.cluster.local", rule.path("host").asText());
    assertEquals(5, rule.path("trafficPolicy").path("outlierDetection").path("consecutive5xxErrors").asInt());
    assertEquals(List.of("stable", "canary"), List.of(rule.path("subsets").get(0).path("name").asText(),
        rule.path("subsets").get(1).path("name").asText()));
    JsonNode http = get(manifests, "VirtualService", "api").path("spec").path("http");
    assertEquals("retried-methods", http.get(0).path("name").asText());
    assertEquals(3, http.get(0).path("retries").path("attempts").asInt());
    assertFalse(http.get(1).has("retries"), "non-idempotent methods are not retried");
    for (JsonNode route : http) {
      assertEquals("5s", route.path("timeout").asText());
      assertEquals(100, route.path("route").get(0).path("weight").asInt() + route.path("route").get(1).path("weight").asInt());
    }
  }

  @Test
  void aRolloutAddsASecondDeploymentWhileTheServiceSelectsBothVersions() {
    List<Manifest> manifests = lower(shop(Mesh.istio()));
    ObjectNode stable = get(manifests, "Deployment", "api");
    ObjectNode canary = get(manifests, "Deployment", "api-canary");
    assertEquals("stable", stable.path("spec").path("selector").path("matchLabels").path("version").asText());
    assertEquals("canary", canary.path("spec").path("template").path("metadata").path("labels").path("version").asText());
    assertEquals("ghcr.io/acme/web:2.0.0", Trees.container(canary).path("image").asText());
    assertEquals("api", Trees.podSpec(canary).path("serviceAccountName").asText());
    Map<String, String> selector = strings(get(manifests, "Service", "api").path("spec").path("selector"));
    assertFalse(selector.containsKey("version"));
    assertFalse(has(manifests, "Service", "api-canary"), "Istio routes by subset, not by per-version Services");
  }

  @Test
  void blueGreenSendsEverythingToTheLiveColour() {
    List<Manifest> manifests = lower(stack(app("api").expose()
        .rollout(Rollout.blueGreen("ghcr.io/acme/web:2.0.0").live(Colour.GREEN)).timeout("5s"))
        .mesh(Mesh.istio().cniPlugin()));
    JsonNode route = get(manifests, "VirtualService", "api").path("spec").path("http").get(0).path("route");
    assertEquals("blue", route.get(0).path("destination").path("subset").asText());
    assertEquals(0, route.get(0).path("weight").asInt());
    assertEquals(100, route.get(1).path("weight").asInt());
    assertTrue(has(manifests, "Deployment", "api-green"));
  }

  @Test
  void linkerdSplitsThroughPerVersionServicesAndAuthorizesByServiceAccount() {
    List<Manifest> manifests = lower(shop(Mesh.linkerd()));
    assertEquals("enabled", get(manifests, "Namespace", "shop").path("metadata").path("annotations")
        .path("linkerd.io/inject").asText());
    assertFalse(has(manifests, "PeerAuthentication", "default"));
    assertEquals("canary", strings(get(manifests, "Service", "api-canary").path("spec").path("selector")).get("version"));
    JsonNode backends = get(manifests, "HTTPRoute", "api-mesh").path("spec").path("rules").get(0).path("backendRefs");
    assertEquals("api-stable=90,api-canary=10", StreamSupport.stream(backends.spliterator(), false)
        .map(b -> b.path("name").asText() + "=" + b.path("weight").asInt()).collect(Collectors.joining(",")));
    ObjectNode retries = get(manifests, "HTTPRoute", "api-mesh-retries");
    assertEquals("3", retries.path("metadata").path("annotations").path("retry.linkerd.io/limit").asText());
    assertEquals("Service", retries.path("spec").path("parentRefs").get(0).path("kind").asText());
    assertEquals("consecutive", get(manifests, "Service", "api").path("metadata").path("annotations")
        .path("balancer.linkerd.io/failure-accrual").asText());
    assertEquals("deny", get(manifests, "Server", "api-http").path("spec").path("accessPolicy").asText());
    assertEquals("web", get(manifests, "MeshTLSAuthentication", "api-http-meshed").path("spec")
        .path("identityRefs").get(0).path("name").asText());
    assertEquals("api-http", get(manifests, "AuthorizationPolicy", "api-http-meshed").path("spec")
        .path("targetRef").path("name").asText());
    assertEquals(List.of(8080, 8086, 8090), policyPorts(get(manifests, "NetworkPolicy", "web").path("spec").path("egress"))
        .subList(1, 4));
    assertTrue(policyPorts(get(manifests, "NetworkPolicy", "api").path("spec").path("ingress")).contains(4143));
  }

  @Test
  void podsAskForInjectionThemselvesWhenTheNamespaceIsNotRendered() {
    List<Manifest> manifests = lower(stack(app("api")).mesh(Mesh.linkerd())
        .practices(Practices.builder().namespace(false)));
    JsonNode template = get(manifests, "Deployment", "api").path("spec").path("template").path("metadata");
    assertEquals("enabled", template.path("annotations").path("linkerd.io/inject").asText());
    List<Manifest> istio = lower(stack(app("api")).mesh(Mesh.istio()).practices(Practices.builder().namespace(false)));
    assertEquals("true", get(istio, "Deployment", "api").path("spec").path("template").path("metadata")
        .path("labels").path("sidecar.istio.io/inject").asText());
  }
}
