package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.app;
import static dev.shipshape.generator.lower.Trees.get;
import static dev.shipshape.generator.lower.Trees.has;
import static dev.shipshape.generator.lower.Trees.lower;
import static dev.shipshape.generator.lower.Trees.stack;
import static dev.shipshape.generator.lower.Trees.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.Practices;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stack's Namespace, labelled for Pod Security admission. */
class NamespaceLoweringTest {

  @Test
  void namespaceEnforcesRestrictedPodSecurity() {
    List<Manifest> manifests = lower(stack(app("web")));
    Manifest first = manifests.get(0);
    assertEquals("Namespace", first.kind());
    assertEquals("v1", first.apiVersion());
    assertEquals(Optional.empty(), first.owner());
    JsonNode metadata = first.body().path("metadata");
    assertEquals("shop", metadata.path("name").asText());
    assertFalse(metadata.has("namespace"), "a Namespace is not namespaced");
    assertEquals(Map.of(
            "app.kubernetes.io/part-of", "shop",
            "app.kubernetes.io/managed-by", "shipshape",
            "pod-security.kubernetes.io/enforce", "restricted",
            "pod-security.kubernetes.io/enforce-version", "latest",
            "pod-security.kubernetes.io/audit", "restricted",
            "pod-security.kubernetes.io/warn", "restricted"),
        strings(metadata.path("labels")));
  }

  @Test
  void namespaceTakesTheNamespaceName() {
    List<Manifest> manifests = lower(stack(app("web")).namespace("shop-prod"));
    get(manifests, "Namespace", "shop-prod");
    assertFalse(has(manifests, "Namespace", "shop"));
  }

  @Test
  void namespaceCanBeLeftOut() {
    List<Manifest> manifests = lower(stack(app("web")).practices(Practices.builder().namespace(false)));
    assertFalse(manifests.stream().anyMatch(m -> m.kind().equals("Namespace")));
  }

  @Test
  void withoutRestrictedPodSecurityThereAreNoPodSecurityLabels() {
    JsonNode labels = get(lower(stack(app("web"))
        .practices(Practices.builder().restrictedPodSecurity(false))), "Namespace", "shop")
        .path("metadata").path("labels");
    assertEquals(Map.of("app.kubernetes.io/part-of", "shop", "app.kubernetes.io/managed-by", "shipshape"),
        strings(labels));
  }

  @Test
  void withoutAnyLabelsTheNamespaceHasNoLabelsBlock() {
    JsonNode metadata = get(lower(stack(app("web")).practices(Practices.builder()
        .restrictedPodSecurity(false).recommendedLabels(false))), "Namespace", "shop").path("metadata");
    assertFalse(metadata.has("labels"));
  }
}
