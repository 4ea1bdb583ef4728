package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.find;
import static dev.shipshape.generator.lower.Trees.lower;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.IngressController;
import dev.shipshape.dsl.Routes;
import dev.shipshape.dsl.Stack;
import dev.shipshape.dsl.Tls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lowering marks each chart parameter where it writes it, and a changed place loses its mark. */
class MarksTest {

  private static List<Manifest> shop() {
    return lower(Stack.named("shop")
        .ingressController(IngressController.nginx())
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2)
            .env("LOG_LEVEL", "info")
            .exposeViaIngress(Routes.host("shop.example.com").host("www.shop.example.com").tls(Tls.certManager("corp-ca"))))
        .app(App.statefulSet("db").image("mysql:8.4.3").port(3306).persist("/var/lib/mysql", "5Gi")));
  }

  private static Manifest object(String kind, String name) {
    return find(shop(), kind, name).orElseThrow();
  }

  private static Map<String, String> parameters(Manifest manifest) {
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    manifest.parameters().forEach((pointer, mark) -> parameters.put(pointer,
        String.join(".", mark.parameter().path()) + (mark.part() == Mark.Part.WHOLE ? "" : " " + mark.part() + " " + mark.index())));
    return parameters;
  }

  @Test
  void aDeploymentMarksWhatItsAppSets() {
    assertEquals(Map.of(
            "/metadata/namespace", "namespace",
            "/metadata/labels/app.kubernetes.io~1version", "web.image TAG 0",
            "/spec/replicas", "web.replicas",
            "/spec/template/metadata/labels/app.kubernetes.io~1version", "web.image TAG 0",
            "/spec/template/spec/containers/0/image", "web.image",
            "/spec/template/spec/containers/0/env/0/value", "web.env.LOG_LEVEL",
            "/spec/template/spec/containers/0/resources", "web.resources",
            "/spec/template/spec/affinity", "web.Deployment.affinity",
            "/spec/template/spec/topologySpreadConstraints", "web.Deployment.topologySpreadConstraints"),
        parameters(object("Deployment", "web")));
  }

  @Test
  void marksComeInTheOrderOfTheTree() {
    assertEquals(List.of("/metadata/namespace", "/metadata/labels/app.kubernetes.io~1version", "/spec/replicas"),
        List.copyOf(parameters(object("Deployment", "web")).keySet()).subList(0, 3));
  }

  @Test
  void aKeyTheLoweringLeftOutIsMarkedWhileItStaysOut() {
    Manifest db = object("StatefulSet", "db");
    Map<String, String> marks = parameters(db);
    assertEquals("db.persistence.data.storageClass",
        marks.get("/spec/volumeClaimTemplates/0/spec/storageClassName"), "no class: the cluster's default");
    assertEquals("db.persistence.data.size", marks.get("/spec/volumeClaimTemplates/0/spec/resources/requests/storage"));
    assertEquals("db.StatefulSet.affinity", marks.get("/spec/template/spec/affinity"), "one replica: no affinity yet");
    ((ObjectNode) db.body().at("/spec/volumeClaimTemplates/0/spec")).put("storageClassName", "fast");
    assertFalse(parameters(db).containsKey("/spec/volumeClaimTemplates/0/spec/storageClassName"));
  }

  @Test
  void ingressHostsAreItemsOfOneList() {
    Map<String, String> marks = parameters(object("Ingress", "web"));
    assertEquals("web.Ingress.hosts ITEM 0", marks.get("/spec/rules/0/host"));
    assertEquals("web.Ingress.hosts ITEM 1", marks.get("/spec/rules/1/host"));
    assertEquals("web.Ingress.tls", marks.get("/spec/tls"));
  }

  @Test
  void theNamespaceIsMarkedOnEveryNamespacedObjectAndNamesTheNamespace() {
    for (Manifest manifest : shop()) {
      String pointer = manifest.kind().equals("Namespace") ? "/metadata/name" : "/metadata/namespace";
      assertEquals("namespace", parameters(manifest).get(pointer), manifest.kind() + " " + manifest.name());
    }
  }

  @Test
  void aChangedValueLosesItsMarkAndTheSameValueKeepsIt() {
    Manifest web = object("Deployment", "web");
    ObjectNode spec = (ObjectNode) web.body().get("spec");
    spec.put("replicas", 2);
    assertTrue(parameters(web).containsKey("/spec/replicas"), "set to the value lowered");
    spec.put("replicas", 5);
    assertFalse(parameters(web).containsKey("/spec/replicas"), "patched");
    ((ObjectNode) web.body().at("/spec/template/spec/containers/0/resources/limits")).put("cpu", "1");
    assertFalse(parameters(web).containsKey("/spec/template/spec/containers/0/resources"), "edited inside");
    assertTrue(parameters(web).containsKey("/spec/template/spec/containers/0/image"), "untouched");
  }

  @Test
  void aMapMovedInPlaceKeepsItsMarksAtItsNewPointer() {
    Manifest web = object("Deployment", "web");
    ArrayNode containers = (ArrayNode) web.body().at("/spec/template/spec/containers");
    containers.insertObject(0).put("name", "sidecar").put("image", "ghcr.io/acme/sidecar:1.0.0");
    Map<String, String> marks = parameters(web);
    assertFalse(marks.containsKey("/spec/template/spec/containers/0/image"), "the sidecar's image is not the app's");
    assertEquals("web.image", marks.get("/spec/template/spec/containers/1/image"));
  }

  @Test
  void aNewTreeCarriesMarksByPointerOnly() {
    Manifest web = object("Deployment", "web");
    ObjectNode copy = web.body().deepCopy();
    ((ArrayNode) copy.at("/spec/template/spec/containers")).insertObject(0).put("name", "sidecar")
        .put("image", "ghcr.io/acme/sidecar:1.0.0");
    Map<String, String> marks = parameters(web.withBody(copy));
    assertFalse(marks.containsKey("/spec/template/spec/containers/0/image"), "another value at the pointer");
    assertFalse(marks.containsKey("/spec/template/spec/containers/1/image"), "a map of the new tree, unmarked");
  }

  @Test
  void aMapTakenOutOfTheTreeTakesItsMarks() {
    Manifest web = object("Deployment", "web");
    ((ObjectNode) web.body().at("/spec/template")).remove("spec");
    assertEquals(List.of("/metadata/namespace", "/metadata/labels/app.kubernetes.io~1version", "/spec/replicas",
        "/spec/template/metadata/labels/app.kubernetes.io~1version"), List.copyOf(parameters(web).keySet()));
  }

  @Test
  void aNewTreeGivenToWithBodyKeepsTheMarksOfUnchangedPlaces() {
    Manifest web = object("Deployment", "web");
    ObjectNode copy = web.body().deepCopy();
    ((ObjectNode) copy.get("spec")).put("replicas", 7);
    Map<String, String> marks = parameters(web.withBody(copy));
    assertFalse(marks.containsKey("/spec/replicas"));
    assertEquals("web.image", marks.get("/spec/template/spec/containers/0/image"));
    assertEquals("namespace", marks.get("/metadata/namespace"));
    assertEquals(parameters(web).size() - 1, marks.size());
  }

  @Test
  void aRolloutsSecondVersionKeepsItsOwnImageLiteral() {
    Manifest canary = find(lower(Stack.named("shop").app(App.deployment("web").image("ghcr.io/acme/web:2.3.1")
        .port(8080).replicas(2).rollout(dev.shipshape.dsl.Rollout.canary("ghcr.io/acme/web:2.4.0")))),
        "Deployment", "web-canary").orElseThrow();
    Map<String, String> marks = parameters(canary);
    assertFalse(marks.containsKey("/spec/template/spec/containers/0/image"));
    assertFalse(marks.containsKey("/spec/replicas"));
    assertEquals("web.Deployment-web-canary.affinity", marks.get("/spec/template/spec/affinity"));
  }
}
