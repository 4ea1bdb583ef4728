package dev.shipshape.generator.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Scalars of {@link CanonicalYaml}: the quoting rule, block literals and number formats, checked by
 * reading the output back with Jackson's YAMLMapper and with SnakeYAML's own YAML 1.1 resolver, and
 * against the YAML 1.2 core schema.
 */
class CanonicalYamlScalarsTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final YAMLMapper YAML = new YAMLMapper();

  /** Non-string plain scalars of the YAML 1.2 core schema (spec 1.2.2, section 10.3.2). */
  private static final Pattern YAML_12_CORE_NON_STRING = Pattern.compile(
      "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
          + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
          + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
          + "|[-+]?(\\.inf|\\.Inf|\\.INF)|\\.nan|\\.NaN|\\.NAN");

  static Stream<String> trickyStrings() {
    return Stream.of(
        "1", "1e3", "1E3", "0x1F", "0777", "1_000", "1:20", ".5", ".inf",
        "yes", "Yes", "YES", "no", "on", "off", "y", "n", "true", "False",
        "2024-01-01", "2024-01-01T10:00:00Z", "null", "Null", "~", "",
        " lead", "trail ", "*star", "&anchor", "!tag", "%pct", "@at", "`tick",
        "a: b", "a #b", "key:", "- dash", "{{ .Values.x }}",
        "multi\nline\n", "multi\nline", "tab\there", "quote\"s", "back\\slash", "ünïcödé",
        "=", "<<",
        // beyond the brief's list
        "-1", "+1", "+.INF", ".NaN", "0o17", "0b101", "_", "1.27.3", "10.0.0.1",
        "2001-12-14 21:59:43.10 -5",
        "...", "---", "#hash", "?", "Off", "NO", "NULL", "TRUE", "y\n", "keep\n\n", "\n", "\n\n",
        "\nleading newline", " lead\nline\n", "trail \nline\n", "x\n  indented\n", "tab\tline\nx\n",
        "cr\r\nlf", "ctrl\u0001char", "nel\u0085", "line\u2028sep", "bom\uFEFF",
        "emoji \uD83D\uDE80", "\u00A0nbsp", "   ");
  }

  /** The label value, annotation value, annotation key, plain value and sequence item {@code s}. */
  private static ObjectNode manifestWith(String s) {
    ObjectNode root = NODES.objectNode();
    root.put("apiVersion", "v1");
    root.put("kind", "ConfigMap");
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("name", "tricky");
    metadata.putObject("labels").put("app", s);
    metadata.putObject("annotations").put("note", s).put(s, "key");
    ObjectNode spec = root.putObject("spec");
    spec.put("value", s);
    spec.putArray("args").add(s).add("after");
    spec.put("after", "x");
    return root;
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void trickyStringReadsBackWithJackson(String s) throws IOException {
    JsonNode back = YAML.readTree(CanonicalYaml.write(manifestWith(s)));

    assertText(s, back.at("/metadata/labels/app"));
    assertText(s, back.at("/metadata/annotations/note"));
    assertText("key", back.get("metadata").get("annotations").get(s));
    assertText(s, back.at("/spec/value"));
    assertText(s, back.at("/spec/args/0"));
    assertText("after", back.at("/spec/args/1"));
    assertText("x", back.at("/spec/after"));
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  @SuppressWarnings("unchecked")
  void trickyStringReadsBackWithSnakeYamlsYaml11Resolver(String s) {
    Map<String, Object> back = new Yaml().load(CanonicalYaml.write(manifestWith(s)));

    Map<String, Object> metadata = (Map<String, Object>) back.get("metadata");
    Map<String, Object> annotations = (Map<String, Object>) metadata.get("annotations");
    Map<String, Object> spec = (Map<String, Object>) back.get("spec");
    assertEquals(s, ((Map<String, Object>) metadata.get("labels")).get("app"));
    assertEquals(s, annotations.get("note"));
    assertEquals("key", annotations.get(s));
    assertEquals(s, spec.get("value"));
    assertEquals(List.of(s, "after"), spec.get("args"));
  }

  @ParameterizedTest
  @MethodSource("trickyStrings")
  void plainOutputIsAStringInTheYaml12CoreSchema(String s) {
    String yaml = CanonicalYaml.write(NODES.objectNode().put("value", s));

    if (yaml.equals("value: " + s + "\n")) {
      assertFalse(YAML_12_CORE_NON_STRING.matcher(s).matches(), yaml);
    } else {
      assertTrue(yaml.startsWith("value: \"") || yaml.startsWith("value: |"), yaml);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "nginx:1.27.3", "/healthz", "250m", "64Mi", "RuntimeDefault", "app.kubernetes.io/name",
    "ghcr.io/acme/web@sha256:4f1a4a1b2c3d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789ab",
    "ghcr.io/acme/web:2.3.1", "apps/v1", "v1", "http", "TCP", "IfNotPresent", "a#b", "key:value",
    "ünïcödé", "quote\"s", "back\\slash", "team-a", "web-0.web.shop.svc.cluster.local",
    "https://example.com/a?b=c", "1.27.3-alpine", "0.5x", "e", "Yesterday", "null-ish", "~home",
  })
  void ordinaryStringStaysPlain(String s) throws IOException {
    String yaml = CanonicalYaml.write(NODES.objectNode().put("value", s));

    assertEquals("value: " + s + "\n", yaml);
    assertText(s, YAML.readTree(yaml).get("value"));
    assertEquals(s + ": x\n", CanonicalYaml.write(NODES.objectNode().put(s, "x")));
  }

  /**
   * Quoted although SnakeYAML reads some of them plain as strings: the YAML 1.1 spec's booleans,
   * numbers and keys (or the writer's deliberately broader number rule) match them.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "y", "Y", "n", "N", "yEs", "oN", "1:20", "1.27.3", "1-2", "0B101", "0O17", ".", "=", "<<",
  })
  void yaml11LookalikeIsDoubleQuoted(String s) {
    assertEquals("value: \"" + s + "\"\n", CanonicalYaml.write(NODES.objectNode().put("value", s)));
    assertEquals("\"" + s + "\": x\n", CanonicalYaml.write(NODES.objectNode().put(s, "x")));
  }

  static Stream<Arguments> multiLineStrings() {
    return Stream.of(
        Arguments.of("multi\nline\n", "value: |\n  multi\n  line\n"),
        Arguments.of("multi\nline", "value: |-\n  multi\n  line\n"),
        Arguments.of("multi\nline\n\n", "value: |+\n  multi\n  line\n\n"),
        Arguments.of("a\n\n  b\n", "value: |\n  a\n\n    b\n"),
        Arguments.of("\nfirst line empty", "value: |-\n\n  first line empty\n"),
        Arguments.of(" lead\nline\n", "value: \" lead\\nline\\n\"\n"),
        Arguments.of("trail \nline\n", "value: \"trail \\nline\\n\"\n"),
        Arguments.of("tab\there\nx\n", "value: \"tab\\there\\nx\\n\"\n"),
        Arguments.of("\n", "value: \"\\n\"\n"),
        Arguments.of("cr\r\nlf", "value: \"cr\\u000D\\nlf\"\n"));
  }

  @ParameterizedTest
  @MethodSource("multiLineStrings")
  void multiLineStringIsALiteralBlockWhereExact(String s, String expected) throws IOException {
    String yaml = CanonicalYaml.write(NODES.objectNode().put("value", s));

    assertEquals(expected, yaml);
    assertText(s, YAML.readTree(yaml).get("value"));
  }

  @Test
  void escapesLikeJsonAndKeepsNonAsciiText() {
    assertEquals("\"a\\\"b\\\\c\\td\\u0007e\\u0085f ü 🚀\"\n",
        CanonicalYaml.write(NODES.textNode("a\"b\\c\td\u0007e\u0085f ü 🚀")));
  }

  @Test
  void numbersBooleansAndNullKeepTheirTypes() throws IOException {
    ObjectNode document = NODES.objectNode();
    document.put("int", 8080);
    document.put("negative", -1);
    document.put("long", 1L << 40);
    document.put("bigInteger", BigInteger.TWO.pow(70));
    document.put("double", 0.5);
    document.put("wholeDouble", 3.0);
    document.put("hugeDouble", 1e20);
    document.put("float", 0.1f);
    document.put("decimal", new BigDecimal("12.50"));
    document.put("wholeDecimal", new BigDecimal("1E+3"));
    document.put("yes", true);
    document.put("no", false);
    document.putNull("nothing");

    String yaml = CanonicalYaml.write(document);

    assertEquals("""
        int: 8080
        negative: -1
        long: 1099511627776
        bigInteger: 1180591620717411303424
        double: 0.5
        wholeDouble: 3.0
        hugeDouble: 100000000000000000000.0
        float: 0.1
        decimal: 12.50
        wholeDecimal: 1000.0
        "yes": true
        "no": false
        nothing: null
        """, yaml);
    JsonNode back = YAML.readTree(yaml);
    assertTrue(back.get("int").isInt());
    assertTrue(back.get("negative").isInt());
    assertTrue(back.get("long").isLong());
    assertEquals(BigInteger.TWO.pow(70), back.get("bigInteger").bigIntegerValue());
    assertTrue(back.get("double").isDouble());
    assertEquals(3.0, back.get("wholeDouble").doubleValue());
    assertTrue(back.get("hugeDouble").isFloatingPointNumber());
    assertEquals(1e20, back.get("hugeDouble").doubleValue());
    assertEquals(0.1, back.get("float").doubleValue());
    assertEquals(0, new BigDecimal("12.5").compareTo(back.get("decimal").decimalValue()));
    assertEquals(1000.0, back.get("wholeDecimal").doubleValue());
    assertTrue(back.get("yes").isBoolean() && back.get("yes").booleanValue());
    assertTrue(back.get("no").isBoolean() && !back.get("no").booleanValue());
    assertTrue(back.get("nothing").isNull());
  }

  @Test
  void writesNonFiniteFloatsAsYamlSpecialValues() {
    ObjectNode document = NODES.objectNode();
    document.put("up", Double.POSITIVE_INFINITY);
    document.put("down", Float.NEGATIVE_INFINITY);
    document.put("nan", Double.NaN);

    String yaml = CanonicalYaml.write(document);

    assertEquals("up: .inf\ndown: -.inf\nnan: .nan\n", yaml);
    Map<String, Object> back = new Yaml().load(yaml);
    assertEquals(Double.POSITIVE_INFINITY, back.get("up"));
    assertEquals(Double.NEGATIVE_INFINITY, back.get("down"));
    assertInstanceOf(Double.class, back.get("nan"));
    assertTrue(((Double) back.get("nan")).isNaN());
  }

  @Test
  void documentRoundTripsThroughJackson() throws IOException {
    ObjectNode statefulSet = NODES.objectNode();
    statefulSet.put("apiVersion", "apps/v1");
    statefulSet.put("kind", "StatefulSet");
    ObjectNode metadata = statefulSet.putObject("metadata");
    metadata.put("name", "db");
    metadata.putObject("labels").put("app", "db").put("version", "16.4");
    metadata.putObject("annotations").put("yes", "no").put("note", "multi\nline\n");
    ObjectNode spec = statefulSet.putObject("spec");
    spec.put("replicas", 3);
    spec.put("paused", false);
    spec.putNull("minReadySeconds");
    spec.put("ratio", 0.75);
    ObjectNode podSpec = spec.putObject("template").putObject("spec");
    ObjectNode container = podSpec.putArray("containers").addObject();
    container.put("name", "postgres");
    container.put("image", "postgres:16.4");
    container.putArray("command").add("sh").add("-c").add("set -e\nexec postgres\n");
    container.putArray("env").addObject().put("name", "PGPORT").put("value", "5432");
    container.putObject("securityContext").put("runAsNonRoot", true).putObject("capabilities")
        .putArray("drop").add("ALL");
    container.putArray("matrix").addArray().add(1).add("1").addNull();
    container.putObject("empty");
    container.putArray("none");

    assertEquals(statefulSet, YAML.readTree(CanonicalYaml.write(statefulSet)));
  }

  private static void assertText(String expected, JsonNode actual) {
    assertTrue(actual != null && actual.isTextual(), () -> "not a string: " + actual);
    assertEquals(expected, actual.textValue());
  }
}
