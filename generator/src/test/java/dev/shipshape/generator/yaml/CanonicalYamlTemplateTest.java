package dev.shipshape.generator.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Templates are written on the tree: template nodes as their text, every literal {@code {{} escaped. */
class CanonicalYamlTemplateTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** A template node that writes {@code {{ name }}} inline, or a block of {@code name} below its key. */
  private static final class Action extends TemplateNode {
    private final String name;
    private final boolean block;
    private final String condition;

    Action(String name, boolean block, String condition) {
      this.name = name;
      this.block = block;
      this.condition = condition;
    }

    @Override
    public String afterKey(int column) {
      return block ? "{{- toYaml " + name + " | nindent " + (column + 2) + " }}" : " " + asItem();
    }

    @Override
    public String asItem() {
      return "{{ " + name + " }}";
    }

    @Override
    public Optional<String> condition() {
      return Optional.ofNullable(condition);
    }

    @Override
    public String asText() {
      return name;
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  @Test
  void templateNodesAreWrittenAsTheirText() {
    ObjectNode tree = JSON.objectNode();
    tree.put("kind", "Deployment");
    ObjectNode spec = tree.putObject("spec");
    spec.set("replicas", new Action(".Values.replicas", false, null));
    spec.putArray("hosts").add(new Action(".Values.host", false, null)).add("b.example.com");
    spec.putArray("containers").addObject().put("name", "web")
        .set("resources", new Action(".Values.resources", true, null));
    spec.set("affinity", new Action(".Values.affinity", true, ".Values.affinity"));
    assertEquals("""
        kind: Deployment
        spec:
          replicas: {{ .Values.replicas }}
          hosts:
          - {{ .Values.host }}
          - b.example.com
          containers:
          - name: web
            resources:{{- toYaml .Values.resources | nindent 6 }}
        {{- if .Values.affinity }}
          affinity:{{- toYaml .Values.affinity | nindent 4 }}
        {{- end }}
        """, CanonicalYaml.writeTemplate(tree));
  }

  @Test
  void literalBracesOfKeysValuesAndBlocksAreEscaped() {
    ObjectNode tree = JSON.objectNode();
    ObjectNode annotations = tree.putObject("metadata").putObject("annotations");
    annotations.put("example.com/{{x}}", "{{ .Values.namespace }}");
    annotations.put("script", "echo {{ .Release.Name }}\nexit 0\n");
    annotations.put("token", "__shipshape_slot_0__");
    assertEquals("""
        metadata:
          annotations:
            example.com/{{ "{{" }}x}}: "{{ "{{" }} .Values.namespace }}"
            script: |
              echo {{ "{{" }} .Release.Name }}
              exit 0
            token: __shipshape_slot_0__
        """, CanonicalYaml.writeTemplate(tree));
  }

  @Test
  void withoutTemplateNodesATemplateIsThePlainTextEscaped() {
    ObjectNode tree = JSON.objectNode();
    tree.putObject("data").put("a", "plain").put("b", "x }} y {");
    assertEquals(CanonicalYaml.write(tree), CanonicalYaml.writeTemplate(tree));
  }

  @Test
  void thePlainWriterRefusesTemplateNodes() {
    ObjectNode tree = JSON.objectNode();
    tree.set("replicas", new Action(".Values.replicas", false, null));
    assertThrows(IllegalArgumentException.class, () -> CanonicalYaml.write(tree));
  }

  @Test
  void aConditionalValueCannotStartASequenceItem() {
    ObjectNode tree = JSON.objectNode();
    tree.putArray("items").addObject().set("first", new Action(".Values.x", true, ".Values.x"));
    assertThrows(IllegalArgumentException.class, () -> CanonicalYaml.writeTemplate(tree));
  }
}
