package dev.shipshape.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.syntax.Names;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Strings that YAML 1.1 or 1.2 readers would turn into numbers, booleans, dates or nulls go through
 * labels, annotations and env values and come back as the same strings.
 */
class TrickyStringsTest {

  private static final List<String> TRICKY = List.of("1", "1e3", "1E3", "0x1F", "0777", "1_000",
      "1:20", ".5", ".inf", "yes", "Yes", "YES", "no", "on", "off", "y", "n", "true", "False",
      "2024-01-01", "2024-01-01T10:00:00Z", "null", "Null", "~", "", " lead", "trail ", "*star",
      "&anchor", "!tag", "%pct", "@at", "`tick", "a: b", "a #b", "key:", "- dash", "{{ .Values.x }}",
      "multi\nline\n", "tab\there", "quote\"s", "back\\slash", "ünïcödé", "=", "<<");

  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void trickyStringsSurviveRenderingAsEnvValuesAnnotationsAndLabels() throws IOException {
    App.Builder app = App.deployment("probe").image("ghcr.io/acme/probe:1.0.0").port(8080);
    List<String> labelValues = TRICKY.stream().filter(Names::isLabelValue).toList();
    for (int i = 0; i < TRICKY.size(); i++) {
      app.env("TRICKY_" + i, TRICKY.get(i));
      app.podAnnotation("example.com/tricky-" + i, TRICKY.get(i));
    }
    for (int i = 0; i < labelValues.size(); i++) {
      app.label("example.com/tricky-" + i, labelValues.get(i));
    }
    Rendering rendering = new Shipshape().render(Stack.named("tricky").app(app).build());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());

    JsonNode deployment = YAML.readTree(rendering.files().orElseThrow().text("tricky/probe/deployment.yaml"));
    JsonNode template = deployment.path("spec").path("template");
    JsonNode env = template.path("spec").path("containers").path(0).path("env");
    for (int i = 0; i < TRICKY.size(); i++) {
      assertString(TRICKY.get(i), env.path(i).path("value"), "env value");
      assertString(TRICKY.get(i),
          template.path("metadata").path("annotations").path("example.com/tricky-" + i), "annotation");
    }
    for (int i = 0; i < labelValues.size(); i++) {
      assertString(labelValues.get(i),
          deployment.path("metadata").path("labels").path("example.com/tricky-" + i), "label");
    }
    assertTrue(labelValues.size() >= 15, "the label case must cover a meaningful subset: " + labelValues);
  }

  private static void assertString(String expected, JsonNode actual, String where) {
    assertTrue(actual.isTextual(), where + " '" + expected + "' was read back as " + actual.getNodeType());
    assertEquals(expected, actual.asText(), where);
  }
}
