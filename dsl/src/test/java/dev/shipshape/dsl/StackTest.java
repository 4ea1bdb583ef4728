package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Stack builder. */
class StackTest {

  @Test
  void namedStackWithDefaults() {
    Stack stack = Stack.named("shop").build();
    assertEquals("shop", stack.name());
    assertEquals(Optional.empty(), stack.namespace());
    assertEquals("shop", stack.namespaceName());
    assertEquals(Optional.empty(), stack.cloud());
    assertEquals(List.of(), stack.apps());
    assertEquals(List.of(), stack.externalServices());
    assertEquals(Optional.empty(), stack.practices());
    assertEquals(List.of(), stack.suppressions());
    assertEquals(Map.of(), stack.labels());
  }

  @Test
  void namespaceOverridesTheName() {
    assertEquals("shop-prod", Stack.named("shop").namespace("shop-prod").build().namespaceName());
  }

  @Test
  void appsInDeclarationOrderFromBuildersOrValues() {
    App api = App.deployment("api").build();
    Stack stack = Stack.named("shop").app(App.deployment("web")).app(api).build();
    assertEquals(List.of("web", "api"), stack.apps().stream().map(App::name).toList());
  }

  @Test
  void cloudExternalNamesPracticesSuppressionsAndLabels() {
    Stack stack = Stack.named("shop")
        .cloud(Cloud.AWS)
        .externalName("payments", "api.payments.example.com")
        .practices(Practices.builder().namespace(false))
        .suppress("NET-LB-OPEN", "public storefront")
        .label("cost-center", "retail")
        .build();
    assertEquals(Optional.of(Cloud.AWS), stack.cloud());
    ExternalService alias = stack.externalServices().get(0);
    assertEquals("payments", alias.name());
    assertEquals("api.payments.example.com", alias.externalName());
    assertEquals(true, alias.source().isPresent());
    assertEquals(Optional.of(false), stack.practices().orElseThrow().namespace());
    assertEquals(List.of("NET-LB-OPEN"), stack.suppressions().stream().map(Suppression::ruleId).toList());
    assertEquals(Map.of("cost-center", "retail"), stack.labels());
  }

  @Test
  void aStackNeedsAName() {
    assertThrows(NullPointerException.class, () -> Stack.named(null));
  }
}
