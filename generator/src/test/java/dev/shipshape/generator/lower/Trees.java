package dev.shipshape.generator.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Stack;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import dev.shipshape.generator.transform.RenderedObjects;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lowering helpers: find objects and read their trees. */
final class Trees {

  static final String IMAGE = "ghcr.io/acme/web:1.4.2";

  private Trees() {}

  static App.Builder app(String name) {
    return App.deployment(name).image(IMAGE).port(8080);
  }

  static Stack.Builder stack(App.Builder... apps) {
    Stack.Builder stack = Stack.named("shop");
    for (App.Builder app : apps) {
      stack.app(app);
    }
    return stack;
  }

  /** The stack's objects as lowering makes them, then with the pods joined to the stack's mesh. */
  static List<Manifest> lower(Stack.Builder stack) {
    Stack built = stack.build();
    RenderedObjects objects = new RenderedObjects(built, Optional.empty(), new Lowering().lower(built));
    new MeshInjection().apply(objects);
    return objects.all();
  }

  static Optional<Manifest> find(List<Manifest> manifests, String kind, String name) {
    return manifests.stream().filter(m -> m.kind().equals(kind) && m.name().equals(name)).findFirst();
  }

  static ObjectNode get(List<Manifest> manifests, String kind, String name) {
    return find(manifests, kind, name).map(Manifest::body).orElseGet(() -> {
      fail("no " + kind + "/" + name + " among " + kinds(manifests));
      return null;
    });
  }

  static boolean has(List<Manifest> manifests, String kind, String name) {
    return find(manifests, kind, name).isPresent();
  }

  static List<String> kinds(List<Manifest> manifests) {
    return manifests.stream().map(m -> m.kind() + "/" + m.name()).toList();
  }

  static ObjectNode deployment(Stack.Builder stack, String app) {
    return get(lower(stack), "Deployment", app);
  }

  static JsonNode podSpec(JsonNode deployment) {
    return deployment.path("spec").path("template").path("spec");
  }

  static JsonNode container(JsonNode deployment) {
    JsonNode containers = podSpec(deployment).path("containers");
    assertEquals(1, containers.size(), "one container");
    return containers.get(0);
  }

  /** A JSON object of strings as a map, in document order. */
  static Map<String, String> strings(JsonNode object) {
    assertTrue(object.isObject(), () -> "not an object: " + object);
    Map<String, String> map = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), field.getValue().asText());
    }
    return map;
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
