package dev.shipshape.generator.lower;

import static dev.shipshape.generator.lower.Trees.app;
import static dev.shipshape.generator.lower.Trees.container;
import static dev.shipshape.generator.lower.Trees.get;
import static dev.shipshape.generator.lower.Trees.has;
import static dev.shipshape.generator.lower.Trees.lower;
import static dev.shipshape.generator.lower.Trees.podSpec;
import static dev.shipshape.generator.lower.Trees.stack;
import static dev.shipshape.generator.lower.Trees.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.Practices;
import dev.shipshape.dsl.Resources;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.validate.Validator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every best-practice default can be switched off for a stack and back on for one app. */
class PracticesLoweringTest {

  /** Sets one practice switch on a builder. */
  interface Switch extends BiFunction<Practices.Builder, Boolean, Practices.Builder> {}

  /** Whether the practice shows in the lowered objects of app {@code name}. */
  interface Applied extends BiPredicate<List<Manifest>, String> {}

  private static JsonNode deployment(List<Manifest> manifests, String app) {
    return get(manifests, "Deployment", app);
  }

  static Stream<Arguments> practices() {
    return Stream.of(
        Arguments.of("recommendedLabels", (Switch) Practices.Builder::recommendedLabels,
            (Applied) (m, app) -> deployment(m, app).path("metadata").path("labels").has("app.kubernetes.io/name")),
        Arguments.of("restrictedPodSecurity", (Switch) Practices.Builder::restrictedPodSecurity,
            (Applied) (m, app) -> podSpec(deployment(m, app)).path("securityContext").path("runAsNonRoot").asBoolean()
                && container(deployment(m, app)).path("securityContext").has("allowPrivilegeEscalation")),
        Arguments.of("readOnlyRootFilesystem", (Switch) Practices.Builder::readOnlyRootFilesystem,
            (Applied) (m, app) -> podSpec(deployment(m, app)).has("volumes")
                && container(deployment(m, app)).path("securityContext").path("readOnlyRootFilesystem").asBoolean()),
        Arguments.of("derivedProbes", (Switch) Practices.Builder::derivedProbes,
            (Applied) (m, app) -> container(deployment(m, app)).has("livenessProbe")),
        Arguments.of("dedicatedServiceAccount", (Switch) Practices.Builder::dedicatedServiceAccount,
            (Applied) (m, app) -> has(m, "ServiceAccount", app)
                && podSpec(deployment(m, app)).has("serviceAccountName")),
        Arguments.of("podDisruptionBudget", (Switch) Practices.Builder::podDisruptionBudget,
            (Applied) (m, app) -> has(m, "PodDisruptionBudget", app)),
        Arguments.of("podAntiAffinity", (Switch) Practices.Builder::podAntiAffinity,
            (Applied) (m, app) -> podSpec(deployment(m, app)).has("affinity")),
        Arguments.of("topologySpread", (Switch) Practices.Builder::topologySpread,
            (Applied) (m, app) -> podSpec(deployment(m, app)).has("topologySpreadConstraints")));
  }

  @ParameterizedTest(name = "{0} is on by default")
  @MethodSource("practices")
  void onByDefault(String practice, Switch set, Applied applied) {
    assertTrue(applied.test(lower(stack(app("web").replicas(2))), "web"));
  }

  @ParameterizedTest(name = "{0} off for the stack, back on for one app")
  @MethodSource("practices")
  void offForTheStackAndBackOnForOneApp(String practice, Switch set, Applied applied) {
    List<Manifest> manifests = lower(stack(
            app("plain").replicas(2),
            app("special").replicas(2).practices(set.apply(Practices.builder(), true)))
        .practices(set.apply(Practices.builder(), false)));
    assertFalse(applied.test(manifests, "plain"), practice + " should be off for 'plain'");
    assertTrue(applied.test(manifests, "special"), practice + " should be back on for 'special'");
  }

  @ParameterizedTest(name = "{0} off for one app only")
  @MethodSource("practices")
  void offForOneAppOnly(String practice, Switch set, Applied applied) {
    List<Manifest> manifests = lower(stack(
        app("plain").replicas(2),
        app("special").replicas(2).practices(set.apply(Practices.builder(), false))));
    assertTrue(applied.test(manifests, "plain"), practice + " should stay on for 'plain'");
    assertFalse(applied.test(manifests, "special"), practice + " should be off for 'special'");
  }

  @Test
  void podDisruptionBudgetOffForTheStackOnForOneApp() {
    List<Manifest> manifests = lower(stack(
            app("web").replicas(3),
            app("api").replicas(3).practices(Practices.builder().podDisruptionBudget(true)))
        .practices(Practices.builder().podDisruptionBudget(false)));
    assertFalse(has(manifests, "PodDisruptionBudget", "web"));
    assertTrue(has(manifests, "PodDisruptionBudget", "api"));
    assertTrue(podSpec(deployment(manifests, "web")).has("affinity"), "other practices stay on");
  }

  @Test
  void withoutRecommendedLabelsThePlainAppLabelIsUsed() {
    List<Manifest> manifests = lower(stack(app("web").replicas(2).component("frontend").expose())
        .practices(Practices.builder().recommendedLabels(false)));
    Map<String, String> plain = Map.of("app", "web");
    for (String kind : List.of("ServiceAccount", "Deployment", "Service", "PodDisruptionBudget")) {
      assertEquals(plain, strings(get(manifests, kind, "web").path("metadata").path("labels")), kind);
    }
    JsonNode deployment = deployment(manifests, "web");
    assertEquals(plain, strings(deployment.path("spec").path("selector").path("matchLabels")));
    assertEquals(plain, strings(deployment.path("spec").path("template").path("metadata").path("labels")));
    assertEquals(plain, strings(get(manifests, "Service", "web").path("spec").path("selector")));
    assertEquals(plain, strings(podSpec(deployment).path("affinity").path("podAntiAffinity")
        .path("preferredDuringSchedulingIgnoredDuringExecution").get(0).path("podAffinityTerm")
        .path("labelSelector").path("matchLabels")));
  }

  @Test
  void readOnlyRootFilesystemWithoutRestrictedPodSecurity() {
    JsonNode deployment = deployment(lower(stack(app("web"))
        .practices(Practices.builder().restrictedPodSecurity(false))), "web");
    assertFalse(podSpec(deployment).has("securityContext"));
    assertEquals(Map.of("readOnlyRootFilesystem", "true"), strings(container(deployment).path("securityContext")));
  }

  @Test
  void noSecurityContextWhenBothAreOff() {
    JsonNode deployment = deployment(lower(stack(app("web"))
        .practices(Practices.builder().restrictedPodSecurity(false).readOnlyRootFilesystem(false))), "web");
    assertFalse(container(deployment).has("securityContext"));
    assertFalse(container(deployment).has("volumeMounts"));
    assertFalse(podSpec(deployment).has("volumes"));
  }

  @Test
  void defaultResourcesFromTheAppThenTheStackThenShipshape() {
    List<Manifest> manifests = lower(stack(
            app("plain"),
            app("tuned").practices(Practices.builder().defaultResources(Resources.requests("50m", "64Mi"))),
            app("explicit").resources(Resources.requests("1", "1Gi"))
                .practices(Practices.builder().defaultResources(Resources.requests("50m", "64Mi"))))
        .practices(Practices.builder().defaultResources(Resources.requests("200m", "256Mi"))));
    assertEquals("256Mi", requests(manifests, "plain").get("memory"));
    assertEquals("200m", requests(manifests, "plain").get("cpu"));
    assertEquals("64Mi", requests(manifests, "tuned").get("memory"));
    assertEquals("1Gi", requests(manifests, "explicit").get("memory"));
  }

  private static Map<String, String> requests(List<Manifest> manifests, String app) {
    return strings(container(deployment(manifests, app)).path("resources").path("requests"));
  }

  @Test
  void appOptingOutOfRestrictedPodSecurityIsNotSilentlyRejectedByItsNamespace() {
    Stack stack = stack(app("web"), app("legacy")
        .practices(Practices.builder().restrictedPodSecurity(false))).build();
    boolean reported = !new Validator().validate(stack).all().isEmpty();
    String enforce = get(new Lowering().lower(stack), "Namespace", "shop").path("metadata").path("labels")
        .path("pod-security.kubernetes.io/enforce").asText();
    assertTrue(reported, "app 'legacy' leaves restricted Pod Security without a warning");
    assertEquals("baseline", enforce,
        "the Namespace must not enforce 'restricted' while app 'legacy' renders non-restricted pods");
  }
}
