package dev.shipshape.generator.hatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Peer;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.UserObject;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserObjectsTest {

  private static final String WORKER = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: worker
      spec:
        selector: {matchLabels: {app: worker}}
        template:
          metadata: {labels: {app: worker}}
          spec:
            containers:
              - name: worker
                image: ghcr.io/acme/worker:latest
      """;

  private static Stack.Builder stack() {
    return Stack.named("lab").app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080));
  }

  private static Rendering render(Stack.Builder stack) {
    return new Shipshape().render(stack.build());
  }

  private static List<String> rules(Rendering rendering) {
    return rendering.diagnostics().all().stream().map(d -> d.rule().id()).toList();
  }

  private static String file(Rendering rendering, String path) {
    return rendering.files().get().text(path);
  }

  @Test
  void anObjectGetsTheNamespaceAndLabelsButKeepsItsOwnLabelsAndIsListedAsInfo() {
    Rendering rendering = render(stack().label("team", "shop").object(UserObject.yaml("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          labels: {team: web, app.kubernetes.io/part-of: legacy}
        data: {mode: "0755"}
        """)));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    String configMap = file(rendering, "lab/configmap-settings.yaml");
    assertTrue(configMap.contains("  namespace: lab\n"), configMap);
    assertTrue(configMap.contains("    app.kubernetes.io/managed-by: shipshape\n"), configMap);
    assertTrue(configMap.contains("    app.kubernetes.io/part-of: legacy\n    team: web\n"), configMap);
    assertTrue(configMap.contains("  mode: \"0755\"\n"), configMap);
    assertEquals(List.of("HATCH-USED"), rules(rendering));
    assertTrue(rendering.diagnostics().report().endsWith("0 errors, 0 warnings, 1 info\n"));
  }

  @Test
  void anEnvironmentListsTheUseOnceAndRendersTheObjectInEachEnvironment() {
    Rendering rendering = render(stack().object(UserObject.tree(Map.of("apiVersion", "v1", "kind", "ConfigMap",
            "metadata", Map.of("name", "settings"))))
        .environment(Environment.named("dev").namespace("lab-dev"))
        .environment(Environment.named("prod")));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertEquals(List.of("HATCH-USED"), rules(rendering));
    assertTrue(file(rendering, "dev/lab/configmap-settings.yaml").contains("  namespace: lab-dev\n"));
    assertTrue(file(rendering, "prod/lab/configmap-settings.yaml").contains("  namespace: lab\n"));
    assertTrue(file(rendering, "prod/lab/traffic.md").contains("## Not modelled by Shipshape"));
  }

  @Test
  void refusesAnotherNamespaceANamespaceOnAClusterScopedKindAndLiteralSecrets() {
    Rendering rendering = render(stack()
        .object(UserObject.yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: other}\n"))
        .object(UserObject.yaml("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n"
            + "metadata: {name: reader, namespace: lab}\n"))
        .object(UserObject.yaml("apiVersion: v1\nkind: Secret\nmetadata: {name: db}\nstringData: {password: hunter2}\n")));
    assertFalse(rendering.succeeded());
    assertEquals(List.of("HATCH-OBJECT-NAMESPACE", "HATCH-OBJECT-NAMESPACE", "HATCH-OBJECT-SECRET"), rules(rendering));
    assertTrue(rendering.diagnostics().all().get(2).hint().contains("SecretRef.of(\"db\", key)"));
  }

  @Test
  void kindsThatDifferOnlyInTheirApiGroupCannotShareAFileAndAreADiagnosticNotAnException() {
    Rendering rendering = render(stack()
        .object(UserObject.yaml("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: blue}\n").namespaced())
        .object(UserObject.yaml("apiVersion: other.example.org/v1\nkind: Widget\nmetadata: {name: blue}\n").namespaced()));
    assertFalse(rendering.succeeded());
    assertEquals(List.of("HATCH-OBJECT-COLLISION"), rules(rendering).stream().filter(r -> !r.equals("HATCH-USED")).toList());
    assertTrue(rendering.diagnostics().all().stream().anyMatch(d -> d.message().contains("would be written to the same file")),
        rendering.diagnostics().report());
  }

  @Test
  void aDeclaredScopePlacesAnUnknownKind() {
    Rendering rendering = render(stack()
        .object(UserObject.custom("example.com/v1", "Widget", "blue", Map.of("size", 3)).namespaced())
        .object(UserObject.custom("example.com/v1", "Fleet", "all", Map.of()).clusterScoped()));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertTrue(file(rendering, "lab/widget-blue.yaml").contains("namespace: lab"));
    assertFalse(file(rendering, "_cluster/lab/fleet-all.yaml").contains("namespace"));
  }

  @Test
  void aUserWorkloadGetsImageAndPodSecurityWarnings() {
    Rendering rendering = render(stack().object(UserObject.yaml(WORKER)));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertEquals(List.of("HATCH-OBJECT-IMAGE", "HATCH-OBJECT-POD-SECURITY", "HATCH-USED"), rules(rendering));
    assertTrue(rendering.diagnostics().all().get(1).message().contains(
        "runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities.drop: [ALL], seccompProfile"));
  }

  @Test
  void theWorkloadWarningsCanBeSuppressedWithAReasonButTheListingAndTheErrorsCannot() {
    Rendering quiet = render(stack().object(UserObject.yaml(WORKER))
        .suppress("HATCH-OBJECT-IMAGE", "the vendor ships only latest")
        .suppress("HATCH-OBJECT-POD-SECURITY", "runs as root until the vendor fixes it"));
    assertEquals(List.of("HATCH-USED"), rules(quiet));
    Rendering refused = render(stack().object(UserObject.yaml(WORKER))
        .suppress("HATCH-USED", "do not list it").suppress("HATCH-OBJECT-COLLISION", "allow twice"));
    assertEquals(List.of("RULE-MANDATORY", "RULE-MANDATORY"), rules(refused));
  }

  @Test
  void anIncludedDirectoryIsReadInPathOrderWithListsFlattened(@TempDir Path directory) throws IOException {
    Files.createDirectories(directory.resolve("b"));
    Files.writeString(directory.resolve("b/two.yml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: two}\n");
    Files.writeString(directory.resolve("a.yaml"), "apiVersion: v1\nkind: List\nitems:\n"
        + "- {apiVersion: v1, kind: ConfigMap, metadata: {name: one}}\n---\n");
    Files.writeString(directory.resolve("notes.txt"), "not YAML: [");
    Rendering rendering = render(stack().object(UserObject.include(directory)));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    List<String> listed = rendering.diagnostics().all().stream().map(Diagnostic::message).toList();
    assertTrue(listed.get(0).startsWith("ConfigMap/one is added as it is, from " + directory.toString().replace('\\', '/')
        + "/a.yaml line 1"), listed.toString());
    assertTrue(listed.get(1).startsWith("ConfigMap/two"), listed.toString());
  }

  @Test
  void aMissingPathIsADiagnosticNotAnException(@TempDir Path directory) {
    Rendering rendering = render(stack().object(UserObject.include(directory.resolve("absent"))));
    assertEquals(List.of("HATCH-INCLUDE-UNREADABLE"), rules(rendering));
  }

  @Test
  void aTreeWithAValueThatIsNoJsonIsRefused() {
    Rendering rendering = render(stack().object(UserObject.tree(Map.of("apiVersion", "v1", "kind", "ConfigMap",
        "metadata", Map.of("name", "a", "created", new Object())))));
    assertEquals(List.of("HATCH-OBJECT-INVALID"), rules(rendering));
  }

  @Test
  void anAppsObjectLivesInItsDirectoryWithTheAppsLabels() {
    Rendering rendering = render(Stack.named("lab").app(App.deployment("web").image("ghcr.io/acme/web:2.3.1")
        .port(8080).object(UserObject.yaml("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n"))));
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertTrue(file(rendering, "lab/web/configmap.yaml").contains("app.kubernetes.io/name: web"));
  }

  @Test
  void aPeerWhoseLabelsSelectNoUserWorkloadIsWarned() {
    Rendering rendering = render(stack().object(UserObject.yaml(WORKER.replace("latest", "1.0.0")))
        .peer(Peer.named("batch").podLabel("app", "batch").port("http", 8080)));
    assertTrue(rules(rendering).contains("HATCH-PEER-UNMATCHED"), rules(rendering).toString());
    Rendering matched = render(stack().object(UserObject.yaml(WORKER.replace("latest", "1.0.0")))
        .peer(Peer.named("worker-peer").podLabel("app", "worker").port("http", 8080)));
    assertFalse(rules(matched).contains("HATCH-PEER-UNMATCHED"), rules(matched).toString());
  }

  @Test
  void peersAreCheckedBeforeRendering() {
    Rendering rendering = render(Stack.named("lab")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).allowTo("worker"))
        .peer(Peer.named("web").podLabel("app", "web2").port("http", 8080))
        .peer(Peer.named("worker")));
    assertEquals(List.of("HATCH-PEER-COLLISION", "HATCH-PEER-LABELS", "HATCH-PEER-PORTS"),
        rules(rendering).stream().filter(id -> id.startsWith("HATCH")).toList());
  }
}
