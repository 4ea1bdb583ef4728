package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.app;
import static dev.shipshape.generator.lower.Trees.get;
import static dev.shipshape.generator.lower.Trees.lower;
import static dev.shipshape.generator.lower.Trees.stack;
import static dev.shipshape.generator.lower.Trees.strings;
import static dev.shipshape.generator.lower.Trees.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ClusterIP, NodePort, LoadBalancer, headless and ExternalName Services. */
class ServiceLoweringTest {

  private static final String AWS = "service.beta.kubernetes.io/aws-load-balancer-";
  private static final Map<String, String> SELECTOR =
      Map.of("app.kubernetes.io/name", "web", "app.kubernetes.io/instance", "web");

  private static JsonNode service(Stack.Builder stack) {
    return get(lower(stack), "Service", "web");
  }

  private static JsonNode service(Service.Builder service) {
    return service(stack(app("web").service(service)));
  }

  private static Map<String, String> annotations(JsonNode service) {
    JsonNode annotations = service.path("metadata").path("annotations");
    return annotations.isMissingNode() ? Map.of() : strings(annotations);
  }

  @Test
  void clusterIpPortTargetsTheNamedContainerPort() {
    JsonNode service = service(Service.clusterIp().port(80));
    assertEquals("v1", service.path("apiVersion").asText());
    assertEquals("ClusterIP", service.path("spec").path("type").asText());
    assertFalse(service.path("spec").has("clusterIP"));
    assertEquals(SELECTOR, strings(service.path("spec").path("selector")));
    JsonNode ports = service.path("spec").path("ports");
    assertEquals(1, ports.size());
    assertEquals(Map.of("name", "http", "port", "80", "targetPort", "http", "protocol", "TCP"),
        strings(ports.get(0)));
    assertTrue(ports.get(0).path("targetPort").isTextual(), "targetPort is the port's name");
    assertFalse(ports.get(0).has("nodePort"));
    assertEquals(Map.of(), annotations(service));
  }

  @Test
  void withoutPortsEveryContainerPortIsExposedUnderItsNumber() {
    JsonNode ports = service(stack(app("web").port("metrics", 9090).port(Port.udp("stats", 8125)).expose()))
        .path("spec").path("ports");
    assertEquals(3, ports.size());
    assertEquals(Map.of("name", "http", "port", "8080", "targetPort", "http", "protocol", "TCP"),
        strings(ports.get(0)));
    assertEquals(Map.of("name", "metrics", "port", "9090", "targetPort", "metrics", "protocol", "TCP"),
        strings(ports.get(1)));
    assertEquals(Map.of("name", "stats", "port", "8125", "targetPort", "stats", "protocol", "UDP"),
        strings(ports.get(2)));
  }

  @Test
  void targetsByNameOrNumberBecomeNamedTargets() {
    JsonNode ports = service(stack(app("web").port("metrics", 9090)
        .service(Service.clusterIp().port(80).port(9100, 9090).port(8081, "http")))).path("spec").path("ports");
    assertEquals("http", ports.get(0).path("targetPort").asText());
    assertEquals("metrics", ports.get(1).path("targetPort").asText());
    assertEquals("metrics", ports.get(1).path("name").asText());
    assertEquals("http", ports.get(2).path("targetPort").asText());
    assertEquals("http-8081", ports.get(2).path("name").asText(), "port names stay unique");
  }

  @Test
  void nodePortKeepsTheFixedPortAndCarriesTheReasonToKubeLinter() {
    JsonNode service = service(Service.nodePort().port(80).nodePort(30007)
        .because("on-prem lab without a load balancer"));
    assertEquals("NodePort", service.path("spec").path("type").asText());
    JsonNode port = service.path("spec").path("ports").get(0);
    assertEquals(30007, port.path("nodePort").asInt());
    assertEquals(80, port.path("port").asInt());
    assertEquals("http", port.path("targetPort").asText());
    assertEquals(Map.of("ignore-check.kube-linter.io/exposed-services", "on-prem lab without a load balancer"),
        annotations(service));
  }

  @Test
  void nodePortWithoutAReasonHasNoExemption() {
    JsonNode service = service(Service.nodePort().port(80));
    assertEquals(Map.of(), annotations(service));
    assertFalse(service.path("spec").path("ports").get(0).has("nodePort"));
  }

  @Test
  void fixedNodePortOnlyOnTheFirstPort() {
    JsonNode ports = service(stack(app("web").port("metrics", 9090)
        .service(Service.nodePort().port(80).port(9090, "metrics").nodePort(30080).because("lab"))))
        .path("spec").path("ports");
    assertEquals(30080, ports.get(0).path("nodePort").asInt());
    assertFalse(ports.get(1).has("nodePort"));
  }

  @Test
  void awsInternetFacingLoadBalancer() {
    JsonNode service = service(Service.loadBalancer(Cloud.AWS).internetFacing().port(443)
        .sourceRanges("203.0.113.0/24"));
    assertEquals("LoadBalancer", service.path("spec").path("type").asText());
    assertEquals(Map.of(
            AWS + "type", "external",
            AWS + "nlb-target-type", "ip",
            AWS + "scheme", "internet-facing",
            AWS + "target-group-attributes", "preserve_client_ip.enabled=true"),
        annotations(service));
    assertEquals(List.of("203.0.113.0/24"), texts(service.path("spec").path("loadBalancerSourceRanges")));
  }

  @Test
  void awsInternalLoadBalancerWithTheStacksCloud() {
    JsonNode service = service(stack(app("web").service(Service.loadBalancer().port(443))).cloud(Cloud.AWS));
    assertEquals("internal", annotations(service).get(AWS + "scheme"));
    assertEquals("external", annotations(service).get(AWS + "type"));
    assertFalse(service.path("spec").has("loadBalancerSourceRanges"));
  }

  @Test
  void serviceCloudOverridesTheStacksCloud() {
    JsonNode service = service(stack(app("web").service(Service.loadBalancer(Cloud.GCP).port(443)))
        .cloud(Cloud.AWS));
    assertEquals(Map.of("networking.gke.io/load-balancer-type", "Internal"), annotations(service));
  }

  @Test
  void azureLoadBalancers() {
    assertEquals(Map.of("service.beta.kubernetes.io/azure-load-balancer-internal", "true"),
        annotations(service(Service.loadBalancer(Cloud.AZURE).port(443))));
    assertEquals(Map.of(),
        annotations(service(Service.loadBalancer(Cloud.AZURE).internetFacing().port(443)
            .sourceRanges("203.0.113.0/24"))));
  }

  @Test
  void gcpLoadBalancers() {
    assertEquals(Map.of("networking.gke.io/load-balancer-type", "Internal"),
        annotations(service(Service.loadBalancer(Cloud.GCP).port(443))));
    assertEquals(Map.of("cloud.google.com/l4-rbs", "enabled"),
        annotations(service(Service.loadBalancer(Cloud.GCP).internetFacing().port(443)
            .sourceRanges("203.0.113.0/24"))));
  }

  @Test
  void loadBalancerWithoutCloudHasNoAnnotations() {
    JsonNode service = service(Service.loadBalancer().port(443));
    assertEquals("LoadBalancer", service.path("spec").path("type").asText());
    assertEquals(Map.of(), annotations(service));
  }

  @Test
  void preservingTheClientIpOnlyAppliesToExternalTraffic() {
    assertEquals("Local", service(Service.loadBalancer(Cloud.GCP).port(443).preserveClientIp())
        .path("spec").path("externalTrafficPolicy").asText());
    assertEquals("Local", service(Service.nodePort().port(80).because("lab").preserveClientIp())
        .path("spec").path("externalTrafficPolicy").asText());
    assertFalse(service(Service.clusterIp().port(80).preserveClientIp()).path("spec")
        .has("externalTrafficPolicy"));
    assertFalse(service(Service.loadBalancer(Cloud.GCP).port(443)).path("spec").has("externalTrafficPolicy"));
  }

  @Test
  void headlessServiceHasNoClusterIp() {
    JsonNode service = service(stack(app("web").port(Port.udp("gossip", 7946)).service(Service.headless())));
    assertEquals("ClusterIP", service.path("spec").path("type").asText());
    assertEquals("None", service.path("spec").path("clusterIP").asText());
    assertEquals(SELECTOR, strings(service.path("spec").path("selector")));
    assertEquals(2, service.path("spec").path("ports").size());
    assertEquals("UDP", service.path("spec").path("ports").get(1).path("protocol").asText());
  }

  @Test
  void externalNameHasNoSelectorAndNoPorts() {
    List<Manifest> manifests = lower(stack(app("web")).externalName("payments", "api.payments.example.com"));
    JsonNode alias = get(manifests, "Service", "payments");
    assertEquals("shop", alias.path("metadata").path("namespace").asText());
    assertEquals(Map.of("app.kubernetes.io/part-of", "shop", "app.kubernetes.io/managed-by", "shipshape"),
        strings(alias.path("metadata").path("labels")));
    JsonNode spec = alias.path("spec");
    assertEquals("ExternalName", spec.path("type").asText());
    assertEquals("api.payments.example.com", spec.path("externalName").asText());
    assertFalse(spec.has("selector"));
    assertFalse(spec.has("ports"));
    assertFalse(spec.has("clusterIP"));
  }

  @Test
  void awsSourceRangesAreEnforcedByTheLoadBalancerController() {
    Map<String, String> annotations = annotations(service(Service.loadBalancer(Cloud.AWS).internetFacing()
        .port(443).sourceRanges("203.0.113.0/24")));
    boolean instanceTargets = "instance".equals(annotations.get(AWS + "nlb-target-type"));
    boolean preservesClientIp = annotations.getOrDefault(AWS + "target-group-attributes", "")
        .contains("preserve_client_ip.enabled=true");
    assertTrue(instanceTargets || preservesClientIp,
        "source ranges are ignored by the AWS LBC unless client IP preservation is on: " + annotations);
  }

  @Test
  void serviceOfAnAppWithTwoApps() {
    List<Manifest> manifests = lower(stack(app("web").expose(), App.deployment("api").image(Trees.IMAGE)
        .port(9000).service(Service.clusterIp().port(80))));
    assertEquals("web", get(manifests, "Service", "web").path("spec").path("selector")
        .path("app.kubernetes.io/name").asText());
    assertEquals("api", get(manifests, "Service", "api").path("spec").path("selector")
        .path("app.kubernetes.io/name").asText());
  }
}
