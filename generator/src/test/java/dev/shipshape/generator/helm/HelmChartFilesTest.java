package dev.shipshape.generator.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** The chart's files without Helm: what is a value, escaping, values files and the schema. */
class HelmChartFilesTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  private static Stack stack() {
    return Stack.named("shop")
        .app(App.deployment("tenant-site").image("ghcr.io/acme/site:1.2.3").port(8080).replicas(2)
            .env("GREETING", "hello {{ name }}")
            .resources(Resources.requests("250m", "256Mi")))
        .environment(Environment.named("dev").namespace("shop-dev").replicas(1))
        .environment(Environment.named("prod").replicas("tenant-site", 4))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.version("1.2.0")))
        .build();
  }

  private static SortedMap<String, String> files() {
    Rendering rendering = new Shipshape().render(stack());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    return HelmChartFiles.render(rendering.stacks().get(0), HelmChart.version("1.2.0"));
  }

  @Test
  void theChartIsInADotDirectoryWithEveryFile() {
    assertEquals(List.of(".charts/shop/.helmignore", ".charts/shop/Chart.yaml", ".charts/shop/README.md",
            ".charts/shop/templates/NOTES.txt", ".charts/shop/templates/_helpers.tpl",
            ".charts/shop/templates/namespace.yaml"),
        files().keySet().stream().filter(p -> !p.contains("/tenant-site/") && !p.contains("networkpolicy")
            && !p.contains("values")).toList());
    assertTrue(new Shipshape().render(stack()).files().orElseThrow().paths()
        .contains(".charts/shop/templates/tenant-site/deployment.yaml"));
  }

  @Test
  void chartYamlIsApiVersionTwoWithQuotedVersions() throws Exception {
    JsonNode chart = YAML.readTree(files().get(".charts/shop/Chart.yaml"));
    assertEquals("v2", chart.path("apiVersion").asText());
    assertEquals("shop", chart.path("name").asText());
    assertTrue(chart.path("appVersion").isTextual());
    assertEquals(">=1.29.0-0", chart.path("kubeVersion").asText());
  }

  @Test
  void templatesWriteValuesAndEscapeLiteralBraces() {
    String deployment = files().get(".charts/shop/templates/tenant-site/deployment.yaml");
    assertTrue(deployment.startsWith("{{- if .Values.tenantSite.enabled }}\n"), deployment);
    assertTrue(deployment.contains("replicas: {{ int .Values.tenantSite.replicas }}"), deployment);
    assertTrue(deployment.contains("image: {{ include \"shop.image\" .Values.tenantSite.image | quote }}"), deployment);
    assertTrue(deployment.contains("resources:{{- toYaml .Values.tenantSite.resources | nindent 10 }}"), deployment);
    assertTrue(deployment.contains("value: hello {{ \"{{\" }} name }}"), deployment);
    assertTrue(deployment.contains("namespace: {{ .Values.namespace | quote }}"), deployment);
  }

  @Test
  void environmentValuesHoldOnlyTheDifferences() throws Exception {
    SortedMap<String, String> files = files();
    JsonNode dev = YAML.readTree(files.get(".charts/shop/values-dev.yaml"));
    assertEquals("shop-dev", dev.path("namespace").asText());
    assertEquals(1, dev.path("tenantSite").path("replicas").asInt());
    assertTrue(dev.path("tenantSite").has("podDisruptionBudget"), "one replica drops the disruption budget");
    assertFalse(dev.path("tenantSite").has("image"), "the image is the same in dev");
    JsonNode prod = YAML.readTree(files.get(".charts/shop/values-prod.yaml"));
    assertEquals(List.of("tenantSite"), List.copyOf(iterate(prod)));
    assertEquals(4, prod.path("tenantSite").path("replicas").asInt());
  }

  @Test
  void theSchemaTypesAndDescribesEveryValue() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(files().get(".charts/shop/values.schema.json"));
    assertEquals("https://json-schema.org/draft-07/schema#", schema.path("$schema").asText());
    JsonNode site = schema.at("/properties/tenantSite");
    assertEquals(false, site.path("additionalProperties").asBoolean(true));
    assertEquals("integer", site.at("/properties/replicas/type").asText());
    assertTrue(site.at("/properties/replicas/description").asText().contains(".replicas("));
    assertTrue(site.at("/properties/resources/properties/requests/additionalProperties/pattern").asText()
        .contains("Gi"));
    assertFalse(schema.has("additionalProperties"), "the root stays open for global values");
  }

  @Test
  void userTextThatLooksLikeAPlaceholderOrAnActionStaysText() {
    Stack stack = Stack.named("shop")
        .app(App.deployment("web").image("ghcr.io/acme/web:1.2.3").port(8080).replicas(2)
            .env("MARKER", "__shipshape_slot_0__")
            .env("TEMPLATE", "{{ .Values.web.replicas }}"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.version("1.2.0")))
        .build();
    Rendering rendering = new Shipshape().render(stack);
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    String deployment = HelmChartFiles.render(rendering.stacks().get(0), HelmChart.version("1.2.0"))
        .get(".charts/shop/templates/web/deployment.yaml");
    assertTrue(deployment.contains("- name: MARKER\n          value: __shipshape_slot_0__\n"), deployment);
    assertTrue(deployment.contains("value: \"{{ \"{{\" }} .Values.web.replicas }}\""), deployment);
    assertEquals(1, deployment.split("\\{\\{ int ", -1).length - 1, "one real action for replicas: " + deployment);
  }

  @Test
  void aFieldNobodyMarkedThatDiffersBecomesAValueAtTheNearestKey() throws Exception {
    Stack stack = Stack.named("shop")
        .app(App.deployment("web").image("ghcr.io/acme/web:1.2.3").port(8080).replicas(2))
        .environment(Environment.named("lab").practices(Practices.builder().readOnlyRootFilesystem(false)))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.version("1.2.0")))
        .build();
    Rendering rendering = new Shipshape().render(stack);
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    SortedMap<String, String> files = HelmChartFiles.render(rendering.stacks().get(0), HelmChart.version("1.2.0"));
    JsonNode lab = YAML.readTree(files.get(".charts/shop/values-lab.yaml"));
    assertEquals(YAML.readTree("""
        web:
          deployment:
            securityContext:
              readOnlyRootFilesystem: null
            volumeMounts: null
            volumes: null
        """), lab);
    String deployment = files.get(".charts/shop/templates/web/deployment.yaml");
    assertTrue(deployment.contains("image: {{ include \"shop.image\" .Values.web.image | quote }}"),
        "the marked image inside the differing container stays a slot: " + deployment);
    JsonNode schema = new ObjectMapper().readTree(files.get(".charts/shop/values.schema.json"));
    assertTrue(schema.at("/properties/web/properties/deployment/properties/volumes/description").asText()
        .startsWith("Differs between environments: Deployment web at .spec.template.spec.volumes"));
  }

  @Test
  void differenceNullsDroppedKeysAndRecursesIntoMaps() throws Exception {
    ObjectNode before = (ObjectNode) YAML.readTree("a: {x: 1, y: 2}\nb: [1]\nc: 3\n");
    ObjectNode after = (ObjectNode) YAML.readTree("a: {x: 1, y: 5}\nb: [1, 2]\n");
    assertEquals(YAML.readTree("a: {y: 5}\nb: [1, 2]\nc: null\n"), ChartValues.difference(before, after));
  }

  @Test
  void valuesKeysAreTemplateIdentifiers() {
    assertEquals("tenantSite", ValuesKeys.of("tenant-site"));
    assertEquals("logLevel", ValuesKeys.of("LOG_LEVEL"));
    assertEquals("v1x", ValuesKeys.of("1x"));
  }

  private static List<String> iterate(JsonNode node) {
    List<String> keys = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
