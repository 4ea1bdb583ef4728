package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Practices: unset switches stay empty so the next level's setting applies. */
class PracticesTest {

  @Test
  void anEmptyBuilderSetsNothing() {
    Practices practices = Practices.builder().build();
    assertEquals(Optional.empty(), practices.recommendedLabels());
    assertEquals(Optional.empty(), practices.restrictedPodSecurity());
    assertEquals(Optional.empty(), practices.readOnlyRootFilesystem());
    assertEquals(Optional.empty(), practices.derivedProbes());
    assertEquals(Optional.empty(), practices.dedicatedServiceAccount());
    assertEquals(Optional.empty(), practices.podDisruptionBudget());
    assertEquals(Optional.empty(), practices.podAntiAffinity());
    assertEquals(Optional.empty(), practices.topologySpread());
    assertEquals(Optional.empty(), practices.namespace());
    assertEquals(Optional.empty(), practices.defaultResources());
  }

  @Test
  void switchesKeepTheirValues() {
    Practices practices = Practices.builder()
        .recommendedLabels(false).restrictedPodSecurity(true).readOnlyRootFilesystem(false)
        .derivedProbes(true).dedicatedServiceAccount(false).podDisruptionBudget(true)
        .podAntiAffinity(false).topologySpread(true).namespace(false)
        .defaultResources(Resources.requests("50m", "64Mi"))
        .build();
    assertEquals(Optional.of(false), practices.recommendedLabels());
    assertEquals(Optional.of(true), practices.restrictedPodSecurity());
    assertEquals(Optional.of(false), practices.readOnlyRootFilesystem());
    assertEquals(Optional.of(true), practices.derivedProbes());
    assertEquals(Optional.of(false), practices.dedicatedServiceAccount());
    assertEquals(Optional.of(true), practices.podDisruptionBudget());
    assertEquals(Optional.of(false), practices.podAntiAffinity());
    assertEquals(Optional.of(true), practices.topologySpread());
    assertEquals(Optional.of(false), practices.namespace());
    assertEquals(Optional.of(Resources.requests("50m", "64Mi")), practices.defaultResources());
  }
}
