package dev.shipshape.generator.validate;

import static dev.shipshape.generator.validate.Fixtures.app;
import static dev.shipshape.generator.validate.Fixtures.stack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Setting;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Peer;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Cloud;
import dev.shipshape.dsl.ConfigMapRef;
import dev.shipshape.dsl.Port;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Probe;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.SecretRef;
import dev.shipshape.dsl.Service;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.diagnostics.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One minimal stack per rule of the catalogue, each breaking exactly that rule. A new rule without
 * a row here fails {@link #everyRuleHasABreakingStack()}.
 */
class RuleCoverageTest {

  /** Rule id to a minimal stack that breaks exactly that rule and nothing else. */
  private static final Map<String, Supplier<Stack>> BREAKING = breakingStacks();

  private static Map<String, Supplier<Stack>> breakingStacks() {
    Map<String, Supplier<Stack>> table = new LinkedHashMap<>();
    // names
    table.put("NAME-INVALID", () -> stack(app("Web_App")).build());
    table.put("NAME-DUPLICATE", () -> stack(app("web"), app("web")).build());
    table.put("NAME-LABEL-VALUE", () -> stack(app("web").component("-api-")).build());
    // images
    table.put("IMAGE-REQUIRED", () -> stack(App.deployment("web").port(8080)).build());
    table.put("IMAGE-REFERENCE", () -> stack(app("web").image("ghcr.io/Acme/web:1.0")).build());
    table.put("IMAGE-UNPINNED", () -> stack(app("web").image("nginx:latest")).build());
    // container ports
    table.put("PORT-RANGE", () -> stack(App.deployment("web").image(Fixtures.IMAGE).port(70000)).build());
    table.put("PORT-NAME", () -> stack(App.deployment("web").image(Fixtures.IMAGE).port("HTTP", 8080)).build());
    table.put("PORT-DUPLICATE", () -> stack(App.deployment("web").image(Fixtures.IMAGE)
        .port("http", 8080).port("http", 8081)).build());
    // app Services
    table.put("NET-SERVICE-NO-PORTS", () -> stack(App.deployment("worker").image(Fixtures.IMAGE)
        .liveness(Probe.exec("/healthcheck")).readiness(Probe.exec("/healthcheck"))
        .service(Service.clusterIp())).build());
    table.put("NET-SERVICE-PORT-RANGE", () -> stack(app("web").service(Service.clusterIp().port(0))).build());
    table.put("NET-SERVICE-PORT-DUPLICATE", () -> stack(app("web")
        .service(Service.clusterIp().port(80).port(80))).build());
    table.put("NET-SERVICE-TARGET-PORT", () -> stack(app("web")
        .service(Service.clusterIp().port(80, "grpc"))).build());
    table.put("NET-NODEPORT-RANGE", () -> stack(app("web")
        .service(Service.nodePort().port(80).nodePort(80).because("on-prem lab"))).build());
    table.put("NET-NODEPORT-TYPE", () -> stack(app("web")
        .service(Service.clusterIp().port(80).nodePort(30007))).build());
    table.put("NET-NODEPORT-RISK", () -> stack(app("web").service(Service.nodePort().port(80))).build());
    table.put("NET-LB-SOURCE-RANGE", () -> stack(app("web")
        .service(Service.loadBalancer(Cloud.AWS).port(443).sourceRanges("10.0.0.0"))).build());
    table.put("NET-LB-OPEN", () -> stack(app("web")
        .service(Service.loadBalancer(Cloud.AWS).internetFacing().port(443))).build());
    table.put("NET-LB-CLOUD", () -> stack(app("web").service(Service.loadBalancer().port(443))).build());
    // ExternalName aliases
    table.put("NET-EXTERNALNAME-HOST", () -> stack(app("web")).externalName("legacy-db", "10.0.0.7").build());
    // resources
    table.put("RES-QUANTITY", () -> stack(app("web").resources(Resources.requests("250m", "5GB"))).build());
    table.put("RES-LIMIT-BELOW-REQUEST", () -> stack(app("web")
        .resources(Resources.requests("500m", "256Mi").cpuLimit("250m"))).build());
    // environment
    table.put("ENV-NAME", () -> stack(app("web").env("1ST_VALUE", "x")).build());
    table.put("ENV-DUPLICATE", () -> stack(app("web").env("LOG_LEVEL", "info").env("LOG_LEVEL", "debug")).build());
    table.put("ENV-LITERAL-SECRET", () -> stack(app("web").env("DB_PASSWORD", "hunter2")).build());
    table.put("ENV-REFERENCE", () -> stack(app("web")
        .env("FEATURES", ConfigMapRef.of("Web_Config", "features"))).build());
    // probes
    table.put("PROBE-PORT", () -> stack(app("web").liveness(Probe.http("/healthz").onPort("admin"))).build());
    table.put("PROBE-SHAPE", () -> stack(app("web").readiness(Probe.http("ready"))).build());
    table.put("PROBE-MISSING", () -> stack(App.deployment("worker").image(Fixtures.IMAGE)).build());
    // replicas
    table.put("APP-REPLICAS", () -> stack(app("web").replicas(-1)).build());
    // practices
    table.put("PRACTICE-SCOPE", () -> stack(app("web")
        .practices(Practices.builder().namespace(false))).build());
    table.put("PRACTICE-POD-SECURITY", () -> stack(app("web")
        .practices(Practices.builder().restrictedPodSecurity(false))).build());
    // user labels and annotations
    table.put("META-LABEL-KEY", () -> stack(app("web").label("-team", "payments")).build());
    table.put("META-LABEL-VALUE", () -> stack(app("web").label("team", "payments team")).build());
    table.put("META-LABEL-RESERVED", () -> stack(app("web").label("app.kubernetes.io/name", "web")).build());
    table.put("META-ANNOTATION-KEY", () -> stack(app("web").podAnnotation("scrape me", "true")).build());
    // suppressions
    table.put("RULE-UNKNOWN", () -> stack(app("web")).suppress("NET-NODEPORTS-RISK", "lab cluster").build());
    table.put("RULE-REASON", () -> stack(app("web")).suppress("IMAGE-UNPINNED", "  ").build());
    table.put("RULE-MANDATORY", () -> stack(StorageRulesTest.productionReady("web")).production()
        .suppress("VOL-HOSTPATH-PRODUCTION", "we really want it").build());
    // environments and the production profile
    // Helm charts
    table.put("HELM-CHART-VERSION", () -> stack(app("web"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.version("1.4"))).build());
    table.put("HELM-VALUES-KEY", () -> stack(app("namespace"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.standard())).build());
    table.put("ENVIRONMENT-NAME", () -> stack(app("web")).environment(Environment.named("Prod_EU")).build());
    table.put("ENVIRONMENT-DUPLICATE", () -> stack(app("web"))
        .environment(Environment.named("dev")).environment(Environment.named("dev")).build());
    table.put("ENVIRONMENT-UNKNOWN-APP", () -> stack(app("web"))
        .environment(Environment.named("dev").replicas("weeb", 1)).build());
    table.put("ENVIRONMENT-OVERRIDE-SCOPE", () -> stack(app("web"))
        .environment(Environment.named("dev").set("web", Setting.CLOUD, Cloud.GCP)).build());
    table.put("HATCH-PATCH-ENVIRONMENT", () -> stack(app("web")).environment(Environment.named("dev"))
        .patch(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10).onlyIn("deve")).build());
    table.put("PROD-SINGLE-REPLICA", () -> stack(StorageRulesTest.productionReady("web"))
        .environment(Environment.named("prod").production().replicas(1)).build());
    table.put("PROD-IMAGE-DIGEST", () -> stack(app("web").replicas(2))
        .environment(Environment.named("prod").production()).build());
    // storage and StatefulSets
    table.putAll(StorageRulesTest.breaking());
    // ingress, TLS, Gateway API and NetworkPolicies
    table.putAll(NetworkRulesTest.breakingStacks());
    // backups
    table.putAll(BackupRulesTest.breaking());
    // service mesh
    table.putAll(MeshRulesTest.breakingStacks());
    // user workloads declared as peers
    table.put("HATCH-PEER-NAME", () -> stack(app("web")).peer(Peer.named("Legacy_Worker").podLabel("app", "legacy"))
        .build());
    table.put("HATCH-PEER-COLLISION", () -> stack(app("web")).peer(Peer.named("web").podLabel("app", "legacy"))
        .build());
    table.put("HATCH-PEER-LABELS", () -> stack(app("web")).peer(Peer.named("legacy")).build());
    table.put("HATCH-PEER-PORTS", () -> stack(app("web").allowTo("legacy"))
        .peer(Peer.named("legacy").podLabel("app", "legacy")).build());
    table.put("HATCH-PEER-MESH", () -> stack(app("web")).mesh(Mesh.istio().cniPlugin())
        .peer(Peer.named("legacy").podLabel("app", "legacy").port("http", 8080)).build());
    return table;
  }

  private static final Map<String, Rule> CATALOGUE = new Validator().rules().stream()
      .collect(Collectors.toMap(Rule::id, Function.identity()));

  static Stream<Arguments> breakingStacksByRule() {
    return BREAKING.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakingStacksByRule")
  void eachRuleIsReportedWithPathMessageAndHint(String ruleId, Supplier<Stack> breaking) {
    Rule rule = CATALOGUE.get(ruleId);
    assertNotNull(rule, () -> ruleId + " is not in the validator's catalogue");

    Stack stack = breaking.get();
    Diagnostics diagnostics = new Validator().validate(stack);

    List<Diagnostic> found = Fixtures.findings(diagnostics, ruleId);
    assertFalse(found.isEmpty(), () -> ruleId + " was not reported; got:\n" + diagnostics.report());
    for (Diagnostic diagnostic : found) {
      assertEquals(rule, diagnostic.rule());
      assertEquals(rule.severity(), diagnostic.severity());
      assertFalse(diagnostic.path().isBlank(), "path");
      assertTrue(diagnostic.path().startsWith(stack.name() + "/")
          || diagnostic.path().startsWith(stack.name() + "@"), () -> "path " + diagnostic.path());
      assertFalse(diagnostic.message().isBlank(), "message");
      assertFalse(diagnostic.hint().isBlank(), "hint");
      assertTrue(diagnostic.source().isPresent(), "source location");
    }
    assertEquals(Set.of(ruleId), Fixtures.ids(diagnostics),
        () -> "the stack should break " + ruleId + " only:\n" + diagnostics.report());
  }

  @Test
  void everyRuleHasABreakingStack() {
    assertEquals(new TreeSet<>(CATALOGUE.keySet()), new TreeSet<>(BREAKING.keySet()),
        "every rule of new Validator().rules() needs a row in the BREAKING table, and only those");
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    List<Rule> rules = new Validator().rules();
    assertEquals(rules.size(), CATALOGUE.size(), "rule ids must be unique");
    for (Rule rule : rules) {
      assertTrue(rule.id().matches("[A-Z0-9]+(-[A-Z0-9]+)+"), () -> "rule id " + rule.id());
      assertFalse(rule.summary().isBlank(), () -> rule.id() + " has no summary");
    }
  }

  @Test
  void aRealisticValidStackReportsNothing() {
    Stack shop = Stack.named("shop")
        .cloud(Cloud.AWS)
        .app(App.deployment("web")
            .image("ghcr.io/acme/web:2.3.1")
            .component("frontend")
            .replicas(3)
            .port(8080)
            .env("LOG_LEVEL", "info")
            .env("FEATURES", ConfigMapRef.of("web-config", "features"))
            .readiness(Probe.http("/ready"))
            .liveness(Probe.http("/healthz").periodSeconds(20))
            .startup(Probe.tcp().failureThreshold(30))
            .resources(Resources.requests("250m", "256Mi").cpuLimit("1"))
            .service(Service.clusterIp().port(80)))
        .app(App.deployment("api")
            .image("registry.example.org:5000/shop/api:1.4.2@sha256:"
                + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
            .component("api")
            .replicas(2)
            .port("http", 8080)
            .port("metrics", 9090)
            .env("DB_PASSWORD", SecretRef.of("db-credentials", "password"))
            .env("API_TOKEN", SecretRef.of("api-token", "token"))
            .service(Service.loadBalancer().internetFacing().port(443, "http")
                .sourceRanges("203.0.113.0/24", "2001:db8::/32")))
        .app(App.deployment("admin")
            .image("ghcr.io/acme/admin:3.0.1")
            .port(8080)
            .service(Service.nodePort().port(80).nodePort(30007)
                .because("on-prem lab without a load balancer")))
        .app(App.deployment("internal")
            .image("ghcr.io/acme/internal:1.0.0")
            .port(8443)
            .service(Service.loadBalancer(Cloud.AZURE).port(443)))
        .app(App.deployment("peers")
            .image("ghcr.io/acme/peers:0.9.0")
            .replicas(3)
            .port(Port.tcp("cluster", 7000))
            .port(Port.udp("gossip", 7946))
            .service(Service.headless()))
        .app(App.deployment("worker")
            .image("ghcr.io/acme/worker:5.1.0")
            .command("/app/worker")
            .args("--queue", "orders")
            .liveness(Probe.exec("/app/healthcheck"))
            .readiness(Probe.exec("/app/healthcheck", "--ready"))
            .allowTo("web")
            .allowTo("peers"))
        .externalName("payments", "api.payments.example.com")
        .build();

    Diagnostics diagnostics = new Validator().validate(shop);

    assertEquals(List.of(), diagnostics.all(), diagnostics::report);
    assertEquals("", diagnostics.report());
  }
}
