package dev.shipshape.generator.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Key order, layout and multi-document output of {@link CanonicalYaml}. */
class CanonicalYamlTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Built out of conventional order on purpose: the writer must put it right. */
  private static ObjectNode deployment() {
    ObjectNode root = NODES.objectNode();
    root.put("kind", "Deployment");
    ObjectNode spec = root.putObject("spec");
    ObjectNode metadata = root.putObject("metadata");
    root.put("apiVersion", "apps/v1");

    metadata.putObject("annotations")
        .put("shipshape.dev/owner", "team-a")
        .put("deployment.kubernetes.io/revision", "3");
    metadata.putObject("labels")
        .put("tier", "frontend")
        .put("app.kubernetes.io/part-of", "shop")
        .put("app.kubernetes.io/name", "web");
    metadata.put("namespace", "shop");
    metadata.put("name", "web");

    spec.put("replicas", 2);
    ObjectNode selector = spec.putObject("selector");
    selector.putObject("matchLabels").put("tier", "frontend").put("app.kubernetes.io/name", "web");
    selector.putArray("matchExpressions");
    ObjectNode template = spec.putObject("template");
    template.putObject("metadata").putObject("labels")
        .put("tier", "frontend")
        .put("app.kubernetes.io/name", "web");
    ObjectNode podSpec = template.putObject("spec");
    podSpec.putObject("nodeSelector")
        .put("kubernetes.io/os", "linux")
        .put("kubernetes.io/arch", "amd64");
    podSpec.putObject("securityContext");

    ObjectNode web = podSpec.putArray("containers").addObject();
    web.put("image", "nginx:1.27.3");
    web.put("name", "web");
    web.putArray("args").add("--port=8080").add("serve");
    web.putArray("ports").addObject()
        .put("containerPort", 8080)
        .put("name", "http")
        .put("protocol", "TCP");
    web.putArray("env").addObject().put("value", "on").put("name", "TLS");
    web.putObject("resources").putObject("requests").put("memory", "64Mi").put("cpu", "250m");
    web.putObject("readinessProbe").putObject("httpGet")
        .put("path", "/healthz")
        .put("port", "http");
    web.putArray("volumeMounts");
    ((ArrayNode) podSpec.get("containers")).addObject()
        .put("image", "ghcr.io/acme/sidecar:2.3.1")
        .put("name", "sidecar");
    return root;
  }

  @Test
  void writesDeploymentInConventionalOrderAndKubectlStyle() {
    assertEquals("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
          labels:
            app.kubernetes.io/name: web
            app.kubernetes.io/part-of: shop
            tier: frontend
          annotations:
            deployment.kubernetes.io/revision: "3"
            shipshape.dev/owner: team-a
        spec:
          replicas: 2
          selector:
            matchLabels:
              app.kubernetes.io/name: web
              tier: frontend
            matchExpressions: []
          template:
            metadata:
              labels:
                app.kubernetes.io/name: web
                tier: frontend
            spec:
              nodeSelector:
                kubernetes.io/arch: amd64
                kubernetes.io/os: linux
              securityContext: {}
              containers:
              - name: web
                image: nginx:1.27.3
                args:
                - "--port=8080"
                - serve
                ports:
                - name: http
                  containerPort: 8080
                  protocol: TCP
                env:
                - name: TLS
                  value: "on"
                resources:
                  requests:
                    memory: 64Mi
                    cpu: 250m
                readinessProbe:
                  httpGet:
                    path: /healthz
                    port: http
                volumeMounts: []
              - name: sidecar
                image: ghcr.io/acme/sidecar:2.3.1
        """, CanonicalYaml.write(deployment()));
  }

  @Test
  void sortsDictionariesByCodePointNotByLocale() {
    ObjectNode configMap = NODES.objectNode();
    configMap.putObject("data")
        .put("b", "1x")
        .put("ä", "2x")
        .put("a", "3x")
        .put("_x", "4x")
        .put("B", "5x");
    configMap.putObject("stringData").put("z", "z").put("Z", "Z");

    assertEquals("""
        data:
          B: 5x
          _x: 4x
          a: 3x
          b: 1x
          ä: 2x
        stringData:
          Z: Z
          z: z
        """, CanonicalYaml.write(configMap));
  }

  @Test
  void ordersMetadataAndSequenceItemsAndKeepsOtherMapsInInsertionOrder() {
    ObjectNode root = NODES.objectNode();
    root.put("zeta", 1);
    root.put("alpha", 2);
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("uid", "u-1");
    metadata.put("generateName", "job-");
    metadata.put("namespace", "batch");
    ObjectNode item = root.putArray("items").addObject();
    item.put("value", "v");
    item.put("key", "k");
    item.put("name", "n1");
    root.putArray("unnamed").addObject().put("value", "v").put("key", "k");

    assertEquals("""
        metadata:
          generateName: job-
          namespace: batch
          uid: u-1
        zeta: 1
        alpha: 2
        items:
        - name: n1
          value: v
          key: k
        unnamed:
        - value: v
          key: k
        """, CanonicalYaml.write(root));
  }

  @Test
  void nestsSequencesMapsAndBlocksInsideSequences() {
    ObjectNode root = NODES.objectNode();
    ArrayNode matrix = root.putArray("matrix");
    matrix.addArray().add(1).add(2);
    matrix.addArray().addArray().add("deep");
    matrix.addObject();
    matrix.addArray();
    matrix.addNull();
    matrix.add("line one\nline two\n");
    root.putArray("commands").addObject().put("run", "set -e\nmake\n").put("name", "build");

    assertEquals("""
        matrix:
        - - 1
          - 2
        - - - deep
        - {}
        - []
        - null
        - |
          line one
          line two
        commands:
        - name: build
          run: |
            set -e
            make
        """, CanonicalYaml.write(root));
  }

  @Test
  void writesNonMapDocuments() {
    assertEquals("{}\n", CanonicalYaml.write(NODES.objectNode()));
    assertEquals("[]\n", CanonicalYaml.write(NODES.arrayNode()));
    assertEquals("null\n", CanonicalYaml.write(NODES.nullNode()));
    assertEquals("\"yes\"\n", CanonicalYaml.write(NODES.textNode("yes")));
    assertEquals("- a\n- 1\n", CanonicalYaml.write(NODES.arrayNode().add("a").add(1)));
    assertEquals("|\n  a\n  b\n", CanonicalYaml.write(NODES.textNode("a\nb\n")));
  }

  @Test
  void sortsServiceSelectorButNotLabelSelector() {
    ObjectNode service = NODES.objectNode();
    service.put("apiVersion", "v1");
    service.put("kind", "Service");
    service.putObject("metadata").put("name", "web");
    ObjectNode spec = service.putObject("spec");
    spec.putObject("selector").put("tier", "frontend").put("app", "web");
    spec.putArray("ports").addObject()
        .put("port", 80)
        .put("targetPort", "http")
        .put("name", "http");

    ObjectNode policy = NODES.objectNode();
    policy.put("apiVersion", "policy/v1");
    policy.put("kind", "PodDisruptionBudget");
    policy.putObject("metadata").put("name", "web");
    ObjectNode selector = policy.putObject("spec").putObject("selector");
    selector.putObject("matchLabels").put("tier", "frontend").put("app", "web");
    selector.putArray("matchExpressions");

    assertEquals("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          selector:
            app: web
            tier: frontend
          ports:
          - name: http
            port: 80
            targetPort: http
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
              tier: frontend
            matchExpressions: []
        """, CanonicalYaml.writeAll(List.of(service, policy)));
  }

  @Test
  void writeAllSeparatesDocumentsAndEndsWithOneNewline() {
    ObjectNode first = NODES.objectNode().put("kind", "A");
    ObjectNode second = NODES.objectNode().put("kind", "B");

    String stream = CanonicalYaml.writeAll(List.of(first, second, first));

    assertEquals("kind: A\n---\nkind: B\n---\nkind: A\n", stream);
    assertEquals(CanonicalYaml.write(first), CanonicalYaml.writeAll(List.of(first)));
    assertEquals("", CanonicalYaml.writeAll(List.of()));
  }

  @Test
  void matchesTheJavadocExample() {
    ObjectNode configMap = JsonNodeFactory.instance.objectNode();
    configMap.put("kind", "ConfigMap");
    configMap.put("apiVersion", "v1");
    configMap.putObject("metadata").put("name", "web");
    configMap.putObject("data").put("tls", "on").put("port", "8080");

    assertEquals("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web
        data:
          port: "8080"
          tls: "on"
        """, CanonicalYaml.write(configMap));
  }

  @Test
  void outputDoesNotDependOnDefaultLocaleOrTimeZone() {
    ObjectNode document = deployment();
    ObjectNode extra = document.putObject("extra");
    extra.put("title", "ISTANBUL").put("flag", "ON").put("inf", ".INF").put("İ", "ı");
    extra.put("ratio", 1234567.125).put("small", 0.000125f).put("price", new BigDecimal("1E+3"));
    extra.put("big", Long.MAX_VALUE).put("date", "2024-01-01T10:00:00Z");

    Locale locale = Locale.getDefault();
    TimeZone timeZone = TimeZone.getDefault();
    String expected;
    String actual;
    try {
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      expected = CanonicalYaml.write(document);
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      actual = CanonicalYaml.write(document);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(timeZone);
    }

    assertArrayEquals(
        expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    assertEquals("""
        extra:
          title: ISTANBUL
          flag: "ON"
          inf: ".INF"
          İ: ı
          ratio: 1234567.125
          small: 0.000125
          price: 1000.0
          big: 9223372036854775807
          date: "2024-01-01T10:00:00Z"
        """, expected.substring(expected.indexOf("extra:")));
  }

  @Test
  void rejectsNodesThatAreNotYamlData() {
    ObjectNode document = NODES.objectNode();
    document.put("blob", new byte[] {1, 2});

    assertThrows(IllegalArgumentException.class, () -> CanonicalYaml.write(document));
    assertThrows(NullPointerException.class, () -> CanonicalYaml.write((JsonNode) null));
  }

  @Test
  void aWriterReusedForManyDocumentsWritesWhatAFreshOneWrites() {
    // More distinct values than a writer remembers, with repeated and quoted ones among them.
    CanonicalYaml.Writer reused = CanonicalYaml.writer();
    for (int i = 0; i < 12_000; i++) {
      ObjectNode document = JsonNodeFactory.instance.objectNode();
      document.put("kind", "ConfigMap");
      document.putObject("metadata").put("name", "config-" + i);
      document.putObject("data").put("on", i % 3 == 0 ? "yes" : "value-" + (i % 5000)).put("port", "8080");
      assertEquals(CanonicalYaml.write(document), reused.write(document), "document " + i);
    }
  }
}
