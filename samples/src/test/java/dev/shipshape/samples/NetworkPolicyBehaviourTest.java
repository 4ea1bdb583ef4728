package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.lower.Lowering;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.network.Peer;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.samples.PolicyEvaluator.Pod;
import dev.shipshape.samples.hatch.HatchShop;
import dev.shipshape.samples.networking.BackendPolicyLab;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the rendered NetworkPolicies do, evaluated with {@link PolicyEvaluator}: for the
 * {@code backend-policy} lab only frontend reaches backend, only on backend's port, and DNS keeps
 * working under default-deny; for every sample, exposed apps stay reachable from their controller.
 */
class NetworkPolicyBehaviourTest {

  private static final Lowering LOWERING = new Lowering();

  /** The objects of {@code stack} as declared (environments only change replicas, images…). */
  private static List<Manifest> objects(Stack stack) {
    return LOWERING.lower(stack);
  }

  private final List<Manifest> lab = objects(new BackendPolicyLab().define());
  private final PolicyEvaluator policies = new PolicyEvaluator(lab);
  private final Pod frontend = PolicyEvaluator.podOf(lab, "frontend", "10.244.1.10");
  private final Pod backend = PolicyEvaluator.podOf(lab, "backend", "10.244.2.20");
  private final Pod kubeDns = new Pod("kube-system", Map.of("k8s-app", "kube-dns"), Map.of("dns", 53), "10.244.0.2");

  @Test
  void policiesSelectTheBackendPodsForIngressAndEgress() {
    List<String> ingress = policies.selecting(backend, "Ingress").stream()
        .map(p -> p.path("metadata").path("name").asText()).toList();
    assertEquals(List.of("default-deny", "backend"), ingress);
    assertFalse(policies.selecting(backend, "Egress").isEmpty());
  }

  @Test
  void onlyFrontendReachesBackendAndOnlyOnItsPort() {
    int http = backend.ports().get("http");
    assertEquals(8080, http);
    assertTrue(policies.allowed(frontend, backend, http, "TCP"), "frontend -> backend:http");
    assertFalse(policies.allowed(frontend, backend, 9090, "TCP"), "frontend -> backend:9090");
    assertFalse(policies.allowed(frontend, backend, http, "UDP"), "frontend -> backend:http/UDP");
    Pod stranger = new Pod(backend.namespace(), Map.of("app.kubernetes.io/name", "debug"), Map.of(), "10.244.3.30");
    assertFalse(policies.allowed(stranger, backend, http, "TCP"), "another pod of the namespace -> backend");
    Pod otherNamespace = new Pod("default", frontend.labels(), frontend.ports(), "10.244.4.40");
    assertFalse(policies.allowed(otherNamespace, backend, http, "TCP"), "a look-alike frontend elsewhere -> backend");
    assertFalse(policies.allowed(backend, frontend, frontend.ports().get("http"), "TCP"), "backend -> frontend");
  }

  @Test
  void dnsKeepsWorkingUnderDefaultDeny() {
    for (Pod pod : List.of(frontend, backend)) {
      assertTrue(policies.allowed(pod, kubeDns, 53, "UDP"), "DNS over UDP");
      assertTrue(policies.allowed(pod, kubeDns, 53, "TCP"), "DNS over TCP");
      assertFalse(policies.allowed(pod, kubeDns, 80, "TCP"), "kube-dns on another port");
      Pod impostor = new Pod("default", kubeDns.labels(), kubeDns.ports(), "10.244.5.50");
      assertFalse(policies.allowed(pod, impostor, 53, "UDP"), "a kube-dns look-alike outside kube-system");
    }
    Pod internet = new Pod("elsewhere", Map.of(), Map.of(), "93.184.216.34");
    assertFalse(policies.allowed(frontend, internet, 443, "TCP"), "default-deny blocks other egress");
  }

  @Test
  void aDeclaredPeerReachesTheAppThatAllowsItAndNothingElse() {
    List<Manifest> shop = objects(new HatchShop().define());
    PolicyEvaluator hatchPolicies = new PolicyEvaluator(shop);
    Pod api = PolicyEvaluator.podOf(shop, "api", "10.244.1.10");
    Pod worker = PolicyEvaluator.podOf(shop, "worker", "10.244.1.11");
    Pod legacy = new Pod("hatch-shop", Map.of("app.kubernetes.io/name", "legacy-worker"), Map.of("http", 8080),
        "10.244.1.12");
    assertTrue(hatchPolicies.allowed(legacy, api, 8080, "TCP"), "legacy-worker -> api:http");
    assertFalse(hatchPolicies.allowed(legacy, worker, 8080, "TCP"), "legacy-worker -> worker");
    assertFalse(hatchPolicies.allowed(api, legacy, 8080, "TCP"), "api -> legacy-worker (not declared)");
    Pod stranger = new Pod("hatch-shop", Map.of("app.kubernetes.io/name", "debug"), Map.of(), "10.244.1.13");
    assertFalse(hatchPolicies.allowed(stranger, api, 8080, "TCP"), "another pod of the namespace -> api");
  }

  /** No sample can render policies that cut an exposed app off from its controller or Gateway. */
  @TestFactory
  Stream<DynamicTest> exposedAppsStayReachableFromTheirController() {
    return SampleCatalog.all().stream().filter(sample -> !sample.negative()).flatMap(sample -> {
      Stack stack = sample.source().define();
      List<Manifest> objects = objects(stack);
      PolicyEvaluator evaluator = new PolicyEvaluator(objects);
      return stack.apps().stream().filter(app -> app.ingress().isPresent() || app.gatewayRoutes().isPresent())
          .map(app -> dynamicTest(sample.name() + "/" + app.name(), () -> {
            Pod pod = PolicyEvaluator.podOf(objects, app.name(), "10.244.9.9");
            Pod controller = controllerPod(stack, app);
            int port = TrafficModel.backendPort(app, app.ingress().or(app::gatewayRoutes).orElseThrow())
                .orElseThrow().number();
            assertTrue(evaluator.allowed(controller, pod, port, "TCP"), "controller -> " + app.name() + ":" + port);
          }));
    });
  }

  private static Pod controllerPod(Stack stack, App app) {
    Peer peer = app.ingress().isPresent() ? TrafficModel.controllerPeer(stack).orElseThrow()
        : TrafficModel.gatewayPeer(stack.gateway().orElseThrow());
    if (peer instanceof Peer.OfAddresses addresses) { // ALB: an address of its VPC range
      String base = addresses.cidr().substring(0, addresses.cidr().indexOf('/'));
      return new Pod("", Map.of(), Map.of(), base.substring(0, base.lastIndexOf('.')) + ".77");
    }
    return new Pod(((Peer.OfNamespace) peer).namespace(), Map.of("app.kubernetes.io/name", "controller"),
        Map.of(), "10.244.8.8");
  }
}
