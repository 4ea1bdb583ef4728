package dev.shipshape.generator.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.lower.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage orders transforms by their declarations alone and runs each over the same objects. */
class TransformStageTest {

  /** A transform that records its name into the objects' Namespace annotation {@code trail}. */
  private record Step(String name, Set<String> after, Set<String> before) implements Transform {

    static Step of(String name) {
      return new Step(name, Set.of(), Set.of());
    }

    @Override
    public void apply(RenderedObjects objects) {
      ObjectNode metadata = (ObjectNode) objects.all().get(0).body().get("metadata");
      String trail = metadata.path("trail").asText("");
      metadata.put("trail", trail.isEmpty() ? name : trail + "," + name);
    }
  }

  private static RenderedObjects objects() {
    ObjectNode namespace = JsonNodeFactory.instance.objectNode();
    namespace.put("apiVersion", "v1").put("kind", "Namespace").putObject("metadata").put("name", "shop");
    return new RenderedObjects(Stack.named("shop").build(), Optional.empty(),
        List.of(new Manifest(Optional.empty(), namespace)));
  }

  @Test
  void declarationsDecideTheOrderNotTheList() {
    Step patches = new Step("user-patches", Set.of("user-objects"), Set.of());
    Step objects = new Step("user-objects", Set.of(), Set.of());
    Step mesh = new Step("mesh-injection", Set.of(), Set.of("user-objects"));
    Step zebra = Step.of("zebra");
    List<Transform> listed = new ArrayList<>(List.of(patches, zebra, objects, mesh));
    TransformStage stage = TransformStage.of(listed);
    assertEquals(List.of("mesh-injection", "user-objects", "user-patches", "zebra"), stage.order());
    java.util.Collections.reverse(listed);
    assertEquals(stage.order(), TransformStage.of(listed).order());
  }

  @Test
  void eachTransformRunsOnceInOrderOverTheSameObjects() {
    RenderedObjects objects = objects();
    TransformStage.of(List.of(new Step("b", Set.of("a"), Set.of()), Step.of("a"))).apply(objects);
    assertEquals("a,b", objects.all().get(0).body().path("metadata").path("trail").asText());
  }

  @Test
  void aCycleIsRefusedNamingItsTransforms() {
    IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class, () -> TransformStage.of(List.of(
        new Step("a", Set.of("b"), Set.of()), new Step("b", Set.of("a"), Set.of()), Step.of("c"))));
    assertTrue(cycle.getMessage().contains("[a, b]"), cycle.getMessage());
  }

  @Test
  void anUnknownNameOrATwiceUsedNameIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> TransformStage.of(List.of(new Step("a", Set.of("missing"), Set.of()))));
    assertThrows(IllegalArgumentException.class,
        () -> TransformStage.of(List.of(new Step("a", Set.of(), Set.of("missing")))));
    assertThrows(IllegalArgumentException.class, () -> TransformStage.of(List.of(Step.of("a"), Step.of("a"))));
  }
}
