package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.HelmChart;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.helm.HelmChartFiles;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.yaml.CanonicalYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Helm (helm-java, the Helm library in-process) over every sample's chart: {@code helm lint
 * --strict} passes, {@code helm template} with the default values gives exactly the objects of the
 * stack as declared, and with each {@code values-<env>.yaml} exactly that environment's; values
 * that break the schema are refused; user text and values with {@code {{ }}} come out verbatim.
 */
class HelmChartTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Shipshape SHIPSHAPE = new Shipshape();

  @TempDir
  static Path out;

  @TestFactory
  Stream<DynamicTest> everyChartLintsAndEqualsThePlainManifests() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Sample sample : SampleCatalog.all()) {
      if (sample.negative() || sample.source().define().delivery().flatMap(Delivery::helmChart).isEmpty()) {
        continue;
      }
      Rendering rendering = SHIPSHAPE.render(sample.source());
      RenderedStack stack = rendering.stacks().get(0);
      Path chart = writeChart(rendering, out.resolve(sample.name()));
      tests.add(dynamicTest(sample.name() + ": helm lint --strict", () -> assertLints(chart)));
      tests.add(dynamicTest(sample.name() + ": helm template = the stack as declared", () ->
          assertEquals(objects(stack.base()), template(chart, List.of()))));
      for (RenderedEnvironment environment : stack.environments()) {
        String name = environment.name().orElseThrow();
        tests.add(dynamicTest(sample.name() + ": helm template -f values-" + name + ".yaml = " + name, () ->
            assertEquals(objects(environment), template(chart, List.of(chart.resolve("values-" + name + ".yaml"))))));
      }
    }
    assertTrue(tests.size() >= 7, "the shop (lint, declared, three environments) and mysql (lint, declared) charts are tested: " + tests.size());
    return tests.stream();
  }

  @Test
  void replicasThatAreNotAnIntegerAreRefused() throws IOException {
    assertRefused(new dev.shipshape.samples.shop.Shop(), "web:\n  replicas: two\n", "/web/replicas");
  }

  @Test
  void sizesThatAreNotQuantitiesAreRefused() throws IOException {
    assertRefused(new dev.shipshape.samples.storage.MysqlStatefulSet(),
        "mysql:\n  persistence:\n    data:\n      size: 5GB\n", "/mysql/persistence/data/size");
  }

  @Test
  void schedulesThatAreNotCronExpressionsAreRefused() throws IOException {
    assertRefused(new dev.shipshape.samples.storage.MysqlStatefulSet(),
        "backups:\n  mysqlData:\n    schedule: 0 24 * * *\n", "/backups/mysqlData/schedule");
  }

  @Test
  void namespacesLongerThanALabelAreRefused() throws IOException {
    assertRefused(new dev.shipshape.samples.shop.Shop(), "namespace: " + "n".repeat(64) + "\n", "/namespace");
  }

  @Test
  void unknownValuesAreRefused() throws IOException {
    assertRefused(new dev.shipshape.samples.shop.Shop(), "web:\n  replica: 3\n", "replica");
  }

  @Test
  void templateTextInUserStringsComesOutVerbatim() throws IOException {
    Stack stack = Stack.named("braces")
        .ingressController(IngressController.nginx())
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
            .env("GREETING", "{{ .Values.namespace }} and {{ .Release.Name }}}")
            .env("MODE", "plain")
            .podAnnotation("example.com/template", "{{ template \"x\" . }}{")
            .exposeViaIngress(Routes.host("braces.example.com").tls(Tls.certManager("corp-ca"))))
        .environment(Environment.named("dev").env("web", "MODE", "{{ fail \"injected\" }}"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.standard()))
        .build();
    Rendering rendering = SHIPSHAPE.render(stack);
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    Path chart = writeChart(rendering, out.resolve("braces"));
    assertLints(chart);
    RenderedStack rendered = rendering.stacks().get(0);
    Map<String, JsonNode> declared = template(chart, List.of());
    assertEquals(objects(rendered.base()), declared);
    JsonNode container = declared.get("Deployment/web").at("/spec/template/spec/containers/0");
    assertEquals("{{ .Values.namespace }} and {{ .Release.Name }}}", container.at("/env/0/value").asText());
    assertEquals("{{ template \"x\" . }}{",
        declared.get("Deployment/web").at("/spec/template/metadata/annotations/example.com~1template").asText());
    // a value that differs per environment is a value, and a value is never evaluated
    assertEquals(objects(rendered.environments().get(0)), template(chart, List.of(chart.resolve("values-dev.yaml"))));
    Path values = write(out.resolve("inject.yaml"), "web:\n  env:\n    mode: '{{ .Release.Name }}'\n");
    assertEquals("{{ .Release.Name }}", template(chart, List.of(values)).get("Deployment/web")
        .at("/spec/template/spec/containers/0/env/1/value").asText());
  }

  @Test
  void userTextThatLooksLikeAPlaceholderComesOutVerbatim() throws IOException {
    Stack stack = Stack.named("tokens")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
            .env("MARKER", "__shipshape_slot_0__")
            .podAnnotation("example.com/marker", "__shipshape_slot_1__"))
        .environment(Environment.named("dev").replicas(1).env("web", "MARKER", "__shipshape_slot_2__"))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.standard()))
        .build();
    Map<String, JsonNode> declared = template(assertChartEqualsEveryRendering(stack), List.of());
    assertEquals("__shipshape_slot_0__",
        declared.get("Deployment/web").at("/spec/template/spec/containers/0/env/0/value").asText());
    assertEquals("__shipshape_slot_1__",
        declared.get("Deployment/web").at("/spec/template/metadata/annotations/example.com~1marker").asText());
  }

  @Test
  void environmentsThatDifferInFieldsNobodyMarkedStillEqualTheirManifests() throws IOException {
    Stack stack = Stack.named("practices")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
            .env("MODE", "plain"))
        .environment(Environment.named("lab").replicas(1).env("web", "MODE", "lab")
            .practices(Practices.builder().readOnlyRootFilesystem(false).dedicatedServiceAccount(false)))
        .delivery(Delivery.layout(Layout.ENVIRONMENT_DIRECTORIES).helmChart(HelmChart.standard()))
        .build();
    assertChartEqualsEveryRendering(stack);
  }

  @Test
  void patchedFieldsAreInTheChartWithDefaultValuesAndInTheirEnvironmentsValues() throws IOException {
    Path chart = writeChart(SHIPSHAPE.render(new dev.shipshape.samples.patches.PatchLab()), out.resolve("patch-lab"));
    String grace = "/spec/template/spec/terminationGracePeriodSeconds";
    for (String environment : List.of("", "dev", "prod")) {
      List<Path> values = environment.isEmpty() ? List.of() : List.of(chart.resolve("values-" + environment + ".yaml"));
      Map<String, JsonNode> objects = template(chart, values);
      assertEquals(10, objects.get("Deployment/web").at("/spec/minReadySeconds").asInt(), environment);
      assertEquals("frontend", objects.get("Deployment/web").at("/metadata/labels/example.com~1tier").asText());
      assertEquals("DoNotSchedule", objects.get("Deployment/api")
          .at("/spec/template/spec/topologySpreadConstraints/0/whenUnsatisfiable").asText());
      assertEquals(environment.equals("prod") ? "60" : "", objects.get("Deployment/api").at(grace).asText(),
          "the prod-only patch, in " + environment);
    }
  }

  // ---- helpers ----

  /** The chart of {@code stack}, which lints and whose {@code helm template} equals each rendering of the stack. */
  private static Path assertChartEqualsEveryRendering(Stack stack) throws IOException {
    Rendering rendering = SHIPSHAPE.render(stack);
    Path chart = writeChart(rendering, out.resolve(stack.name()));
    assertLints(chart);
    RenderedStack rendered = rendering.stacks().get(0);
    assertEquals(objects(rendered.base()), template(chart, List.of()));
    for (RenderedEnvironment environment : rendered.environments()) {
      String values = "values-" + environment.name().orElseThrow() + ".yaml";
      assertEquals(objects(environment), template(chart, List.of(chart.resolve(values))), values);
    }
    return chart;
  }

  /** Helm refuses {@code values} for the chart of {@code source}, naming {@code where}. */
  private static void assertRefused(ManifestSource source, String values, String where) throws IOException {
    String name = source.define().name() + "-refused-" + Integer.toHexString(values.hashCode());
    Path chart = writeChart(SHIPSHAPE.render(source), out.resolve(name));
    Path file = write(out.resolve(name + ".yaml"), values);
    RuntimeException refused = assertThrows(RuntimeException.class, () -> template(chart, List.of(file)));
    assertTrue(refused.getMessage().contains("values don't meet the specifications of the schema"), refused.getMessage());
    assertTrue(refused.getMessage().contains(where), refused.getMessage());
  }

  private static void assertLints(Path chart) {
    LintResult lint = new Helm(chart).lint().strict().call();
    assertFalse(lint.isFailed(), "helm lint --strict " + chart + ":\n" + String.join("\n", lint.getMessages()));
  }

  private static Path writeChart(Rendering rendering, Path directory) throws IOException {
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    FileSet files = rendering.files().orElseThrow();
    String prefix = HelmChartFiles.DIRECTORY + rendering.stacks().get(0).declared().name() + "/";
    for (String path : files.paths()) {
      if (path.startsWith(prefix)) {
        Path file = directory.resolve(path.substring(prefix.length()));
        Files.createDirectories(file.getParent());
        Files.write(file, files.bytes(path));
      }
    }
    return directory;
  }

  private static Map<String, JsonNode> template(Path chart, List<Path> valuesFiles) throws IOException {
    TemplateCommand template = new Helm(chart).template().withName("release").withNamespace("default")
        .withKubeVersion("1.32.0");
    for (Path values : valuesFiles) {
      template = template.withValuesFile(values);
    }
    Map<String, JsonNode> objects = new TreeMap<>();
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(template.call())) {
      while (documents.hasNext()) {
        JsonNode document = documents.next();
        if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
          put(objects, document);
        }
      }
    }
    return objects;
  }

  /** The environment's objects, read back from their canonical YAML. */
  private static Map<String, JsonNode> objects(RenderedEnvironment environment) throws IOException {
    Map<String, JsonNode> objects = new TreeMap<>();
    for (Manifest manifest : environment.manifests()) {
      put(objects, YAML.readTree(CanonicalYaml.write(manifest.body())));
    }
    return objects;
  }

  private static void put(Map<String, JsonNode> objects, JsonNode object) {
    String key = object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    assertEquals(null, objects.put(key, object), "two objects " + key);
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text);
  }
}
