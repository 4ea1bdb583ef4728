package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.lower.Lowering;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.samples.PolicyEvaluator.Pod;
import dev.shipshape.samples.mesh.IstioAmbientLab;
import dev.shipshape.samples.mesh.IstioShop;
import dev.shipshape.samples.mesh.LinkerdShop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mesh samples' NetworkPolicies, evaluated with {@link PolicyEvaluator}: they still let the mesh
 * work (data-plane ports between allowed pods, the control plane, probes, metrics) and nothing more.
 */
class MeshNetworkPolicyBehaviourTest {


  private static Pod inNamespace(String namespace, String ip) {
    return new Pod(namespace, Map.of(), Map.of(), ip);
  }

  @Test
  void linkerdProxiesReachEachOtherOnTheInboundPortAndTheControlPlane() {
    List<Manifest> shop = new Lowering().lower(new LinkerdShop().define());
    PolicyEvaluator policies = new PolicyEvaluator(shop);
    Pod web = PolicyEvaluator.podOf(shop, "web", "10.244.1.10");
    Pod api = PolicyEvaluator.podOf(shop, "api", "10.244.2.20");
    Pod canary = PolicyEvaluator.podOf(shop, "api-canary", "10.244.2.21");
    assertTrue(policies.allowed(web, api, 4143, "TCP"), "web -> api proxy port");
    assertTrue(policies.allowed(web, canary, 4143, "TCP"), "web -> api canary proxy port");
    assertFalse(policies.allowed(api, web, 4143, "TCP"), "api -> web is not declared");
    Pod destination = new Pod("linkerd", Map.of(), Map.of(), "10.244.9.9");
    assertTrue(policies.allowed(web, destination, 8086, "TCP"), "web -> linkerd destination");
    assertFalse(policies.allowed(web, destination, 443, "TCP"), "web -> linkerd on another port");
    assertTrue(policies.allowed(inNamespace("linkerd-viz", "10.244.8.8"), api, 4191, "TCP"), "metrics scrape");
    assertFalse(policies.allowed(inNamespace("monitoring", "10.244.8.9"), api, 4191, "TCP"), "another scraper");
  }

  @Test
  void istioSidecarsReachIstiodOnlyOnXdsAndCa() {
    List<Manifest> shop = new Lowering().lower(new IstioShop().define());
    PolicyEvaluator policies = new PolicyEvaluator(shop);
    Pod api = PolicyEvaluator.podOf(shop, "api", "10.244.2.20");
    Pod istiod = new Pod("istio-system", Map.of(), Map.of(), "10.244.9.9");
    assertTrue(policies.allowed(api, istiod, 15012, "TCP"), "api -> istiod XDS/CA");
    assertFalse(policies.allowed(api, istiod, 15010, "TCP"), "api -> istiod plain-text XDS");
    assertTrue(policies.allowed(PolicyEvaluator.podOf(shop, "web", "10.244.1.10"),
        PolicyEvaluator.podOf(shop, "checkout-green", "10.244.3.30"), 8080, "TCP"), "web -> checkout green");
  }

  @Test
  void ambientPodsTunnelOverHboneAndTakeProbesFromTheZtunnelAddress() {
    List<Manifest> lab = new Lowering().lower(new IstioAmbientLab().define());
    PolicyEvaluator policies = new PolicyEvaluator(lab);
    Pod frontend = PolicyEvaluator.podOf(lab, "frontend", "10.244.1.10");
    Pod backend = PolicyEvaluator.podOf(lab, "backend", "10.244.2.20");
    assertTrue(policies.allowed(frontend, backend, 15008, "TCP"), "frontend -> backend HBONE");
    assertFalse(policies.allowed(backend, frontend, 15008, "TCP"), "backend -> frontend HBONE");
  }
}
