package dev.shipshape.generator.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.Mesh;
import dev.shipshape.dsl.Patch;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.Generated;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.hatch.HatchRules;
import dev.shipshape.generator.hatch.UserObjects;
import dev.shipshape.generator.diagnostics.Severity;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.lower.MeshInjection;
import dev.shipshape.generator.transform.RenderedObjects;
import dev.shipshape.generator.transform.TransformStage;
import dev.shipshape.generator.write.OutputDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Patches through the whole generator: where they land (the stack as declared, every environment,
 * or only the environments named), how each kind of mistake is reported, and that nothing is
 * written when one is.
 */
class UserPatchesTest {

  private static final Shipshape SHIPSHAPE = new Shipshape();

  private static Stack.Builder shop() {
    return Stack.named("shop")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080).replicas(2))
        .app(App.deployment("api").image("ghcr.io/acme/api:1.4.2").port(8080).replicas(2))
        .environment(Environment.named("dev").env("web", "LOG_LEVEL", "debug"))
        .environment(Environment.named("prod"));
  }

  private static int lineAbove() {
    return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow()).getLineNumber() - 1;
  }

  private static JsonNode deployment(RenderedEnvironment environment, String name) {
    return environment.manifests().stream().filter(m -> m.kind().equals("Deployment") && m.name().equals(name))
        .map(Manifest::body).findFirst().orElseThrow();
  }

  private static List<Diagnostic> findings(Rendering rendering, String rule) {
    return rendering.diagnostics().all().stream().filter(d -> d.rule().id().equals(rule)).toList();
  }

  private static Diagnostic onlyError(Rendering rendering) {
    assertFalse(rendering.succeeded());
    assertTrue(rendering.files().isEmpty(), "no files on an error");
    List<Diagnostic> errors = rendering.diagnostics().all().stream()
        .filter(d -> d.severity() == Severity.ERROR).toList();
    assertEquals(1, errors.size(), rendering.diagnostics().report());
    return errors.get(0);
  }

  @Test
  void aPatchedValueIsNoLongerAChartParameterWhileTheValuesItLeftStillAre() {
    Rendering rendering = SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").replace("/spec/replicas", 5).add("/spec/minReadySeconds", 10)).build());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    Manifest web = rendering.stacks().get(0).base().manifests().stream()
        .filter(m -> m.kind().equals("Deployment") && m.name().equals("web")).findFirst().orElseThrow();
    Map<String, ?> parameters = web.parameters();
    assertFalse(parameters.containsKey("/spec/replicas"), "the patched replicas are a literal: " + parameters.keySet());
    assertTrue(parameters.containsKey("/metadata/namespace"), "untouched: " + parameters.keySet());
    assertTrue(parameters.containsKey("/spec/template/spec/containers/0/image"), "untouched: " + parameters.keySet());
  }

  @Test
  void aStackWidePatchLandsInTheStackAsDeclaredAndEveryEnvironmentAndIsListedOnce() {
    Rendering rendering = SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").test("/spec/replicas", 2).add("/spec/minReadySeconds", 10))
        .build());
    int line = lineAbove() - 1;
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    var stack = rendering.stacks().get(0);
    assertEquals(10, deployment(stack.base(), "web").at("/spec/minReadySeconds").asInt());
    stack.environments().forEach(environment ->
        assertEquals(10, deployment(environment, "web").at("/spec/minReadySeconds").asInt()));
    assertTrue(deployment(stack.base(), "api").at("/spec/minReadySeconds").isMissingNode());
    assertEquals(List.of("INFO HATCH-USED shop/patches/Deployment/web: patch Deployment/web: JSON patch:"
            + " test /spec/replicas, add /spec/minReadySeconds (UserPatchesTest.java:" + line + ")\n"
            + "     hint: a hatch: review what it changes in the rendered output; where the model has a setting"
            + " for it, prefer the setting"),
        findings(rendering, "HATCH-USED").stream().map(Diagnostic::format).toList());
  }

  @Test
  void aPatchLimitedToAnEnvironmentLandsOnlyThereAndInItsOverlay() {
    Rendering rendering = SHIPSHAPE.render(shop()
        .patch(Patch.merge("Deployment", "web", "spec: {template: {spec: {terminationGracePeriodSeconds: 60}}}")
            .onlyIn("prod"))
        .delivery(Delivery.layout(Layout.KUSTOMIZE_OVERLAYS))
        .build());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    var stack = rendering.stacks().get(0);
    String pointer = "/spec/template/spec/terminationGracePeriodSeconds";
    assertTrue(deployment(stack.base(), "web").at(pointer).isMissingNode());
    assertTrue(deployment(stack.environments().get(0), "web").at(pointer).isMissingNode());
    assertEquals(60, deployment(stack.environments().get(1), "web").at(pointer).asInt());
    var files = rendering.files().orElseThrow();
    assertFalse(files.text("shop/base/web/deployment.yaml").contains("terminationGracePeriodSeconds"));
    assertFalse(files.text("shop/overlays/dev/Kustomization").contains("terminationGracePeriodSeconds"));
    assertTrue(files.text("shop/overlays/prod/Kustomization")
        .contains("path: /spec/template/spec/terminationGracePeriodSeconds\n      value: 60"),
        files.text("shop/overlays/prod/Kustomization"));
    assertEquals(List.of("shop@prod/patches/Deployment/web"),
        findings(rendering, "HATCH-USED").stream().map(Diagnostic::path).toList());
  }

  @Test
  void aMissingObjectListsThoseOfItsKindOnceForEveryRendering() {
    Rendering rendering = SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "wep").add("/spec/paused", true)).build());
    int line = lineAbove();
    assertEquals("ERROR HATCH-PATCH-MISS shop/patches/Deployment/wep: patch Deployment/wep: the stack renders no"
        + " Deployment named 'wep'; its Deployment objects are: api, web (UserPatchesTest.java:" + line + ")\n"
        + "      hint: did you mean Deployment/web?", onlyError(rendering).format());
  }

  @Test
  void aMissingKindListsEveryObject() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop().patch(Patch.merge("Deploymnet", "web", "spec: {paused: true}"))
        .build()));
    assertEquals("patch Deploymnet/web: the stack renders no Deploymnet; it renders: Deployment/api, Deployment/web,"
        + " Namespace/shop, NetworkPolicy/allow-dns, NetworkPolicy/api, NetworkPolicy/default-deny, NetworkPolicy/web,"
        + " PodDisruptionBudget/api, PodDisruptionBudget/web, ServiceAccount/api, ServiceAccount/web", error.message());
    assertEquals("did you mean Deployment/web?", error.hint());
  }

  @Test
  void anObjectMissingInOneEnvironmentIsReportedThere() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop()
        .environment(Environment.named("test").replicas(1))
        .patch(Patch.json("PodDisruptionBudget", "web").replace("/spec/maxUnavailable", 2)).build()));
    assertEquals("shop@test/patches/PodDisruptionBudget/web", error.path());
    assertEquals(PatchRules.MISS, error.rule());
  }

  @Test
  void aMissingPathNamesTheDeepestPartThatExistsAndTheOperationsLine() {
    Rendering rendering = SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "web")
        .add("/spec/minReadySeconds", 10)
        .remove("/spec/template/spec/nodeSelector/disktype")).build());
    int line = lineAbove();
    Diagnostic error = onlyError(rendering);
    assertEquals(PatchRules.PATH, error.rule());
    assertEquals("patch Deployment/web: operation 2 (remove /spec/template/spec/nodeSelector/disktype):"
        + " /spec/template/spec has no member 'nodeSelector'; its members are: serviceAccountName,"
        + " automountServiceAccountToken, securityContext, containers, volumes, affinity, topologySpreadConstraints",
        error.message());
    assertEquals("UserPatchesTest.java:" + line, error.source().orElseThrow().toString());
  }

  @Test
  void aFailingTestSaysWhatItExpectedAndFound() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "web", """
        - {op: test, path: /spec/replicas, value: 3}
        - {op: add, path: /spec/minReadySeconds, value: 10}
        """)).build()));
    assertEquals(PatchRules.TEST, error.rule());
    assertEquals("patch Deployment/web: operation 1 (line 1 of the patch text) (test /spec/replicas) expected 3"
        + " but the object has 2", error.message());
  }

  @Test
  void invalidTextIsAnErrorWithItsLine() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop().patch(Patch.merge("Deployment", "web", """
        spec:
          paused: on
        """)).build()));
    assertEquals(PatchRules.INVALID, error.rule());
    assertTrue(error.message().startsWith("patch Deployment/web: line 2, column 11 of the patch text: 'on' is a boolean"), error.message());
  }

  @Test
  void aValueWithoutJsonFormIsAnErrorAtItsOperation() {
    Rendering rendering = SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "web")
        .add("/spec/minReadySeconds", Duration.ofSeconds(10))).build());
    int line = lineAbove();
    Diagnostic error = onlyError(rendering);
    assertEquals(PatchRules.INVALID, error.rule());
    assertEquals("UserPatchesTest.java:" + line, error.source().orElseThrow().toString());
  }

  @Test
  void operationsBelongToJsonPatches() {
    assertEquals(PatchRules.INVALID, onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.merge("Deployment", "web", "spec: {paused: true}").remove("/spec/replicas")).build())).rule());
  }

  @Test
  void identityBelongsToTheGenerator() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.merge("Deployment", "web", "metadata: {namespace: elsewhere}")).build()));
    assertEquals(PatchRules.IDENTITY, error.rule());
    assertEquals("patch Deployment/web: it changes metadata.namespace from \"shop\" to \"elsewhere\"; what identifies"
        + " an object belongs to Shipshape", error.message());
    assertEquals(PatchRules.IDENTITY, onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").replace("/kind", "StatefulSet")).build())).rule());
  }

  @Test
  void anUnpinnedImageIsAnError() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").replace("/spec/template/spec/containers/0/image", "nginx:latest"))
        .build()));
    assertEquals(PatchRules.IMAGE, error.rule());
    assertTrue(error.message().contains("container 'web' to \"nginx:latest\", which uses the 'latest' tag"),
        error.message());
  }

  @Test
  void weakenedPodSecurityIsAnError() {
    Diagnostic error = onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").remove("/spec/template/spec/securityContext/runAsNonRoot")).build()));
    assertEquals(PatchRules.POD_SECURITY, error.rule());
    assertEquals("patch Deployment/web: it weakens a security setting Shipshape rendered: the pod's"
        + " securityContext.runAsNonRoot was true and is now removed", error.message());
    assertEquals(PatchRules.POD_SECURITY, onlyError(SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "web")
        .add("/spec/template/spec/containers/0/securityContext/privileged", true)).build())).rule());
    assertEquals("patch Deployment/web: it weakens a security setting Shipshape rendered: the pod's"
        + " securityContext.runAsUser is now 0", onlyError(SHIPSHAPE.render(shop().patch(Patch.merge("Deployment",
        "web", "spec: {template: {spec: {securityContext: {runAsUser: 0}}}}")).build())).message());
    assertTrue(SHIPSHAPE.render(shop().patch(Patch.merge("Deployment", "web",
        "spec: {template: {spec: {securityContext: {runAsUser: 20000}}}}")).build()).succeeded(),
        "another non-root user weakens nothing");
  }

  @Test
  void theSelectorAndTheLabelsItSelectsStay() {
    assertEquals(PatchRules.SELECTOR, onlyError(SHIPSHAPE.render(shop()
        .patch(Patch.merge("Deployment", "web", "spec: {selector: {matchLabels: {tier: web}}}")).build())).rule());
    assertEquals(PatchRules.SELECTOR, onlyError(SHIPSHAPE.render(shop().patch(Patch.json("Deployment", "web")
        .replace("/spec/template/metadata/labels/app.kubernetes.io~1name", "other")).build())).rule());
  }

  @Test
  void anUnknownEnvironmentIsAValidationErrorWithADidYouMean() {
    Rendering rendering = SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10).onlyIn("prd")).build());
    Diagnostic error = onlyError(rendering);
    assertEquals("HATCH-PATCH-ENVIRONMENT", error.rule().id());
    assertEquals("patch Deployment/web is limited to environment 'prd', which stack 'shop' does not declare"
        + " (it declares dev, prod)", error.message());
    assertEquals("did you mean 'prod'?", error.hint());
  }

  @Test
  void aStackWithoutEnvironmentsHasNoneToLimitAPatchTo() {
    Diagnostic error = onlyError(SHIPSHAPE.render(Stack.named("lab")
        .app(App.deployment("web").image("ghcr.io/acme/web:2.3.1").port(8080))
        .patch(Patch.json("Deployment", "web").add("/spec/minReadySeconds", 10).onlyIn("prod")).build()));
    assertTrue(error.message().endsWith("which stack 'lab' does not declare (it declares none)"), error.message());
  }

  @Test
  void nothingIsWrittenWhenAPatchFails(@TempDir Path directory) throws Exception {
    Generated generated = SHIPSHAPE.write(List.of(shop().patch(Patch.json("Deployment", "wbe")
        .add("/spec/paused", true)).build()), new OutputDirectory(directory));
    assertTrue(generated.diagnostics().hasErrors());
    try (Stream<Path> written = Files.walk(directory)) {   // Shipshape's own .shipshape/lock aside
      assertEquals(List.of(), written.filter(Files::isRegularFile)
          .filter(file -> !directory.relativize(file).toString().equals(".shipshape/lock")).toList());
    }
  }

  @Test
  void patchesRunAfterMeshInjectionAndSeeWhatItAdded() {
    Rendering rendering = SHIPSHAPE.render(shop().mesh(Mesh.linkerd().cniPlugin())
        .patch(Patch.json("Namespace", "shop").test("/metadata/annotations/linkerd.io~1inject", "enabled")
            .add("/metadata/annotations/config.linkerd.io~1proxy-cpu-request", "50m"))
        .build());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertEquals(List.of("mesh-injection", "user-objects", "user-patches"),
        TransformStage.of(List.of(new UserPatches(), new UserObjects(), new MeshInjection())).order());
  }

  @Test
  void kindsThatShareANameAreToldApartByApiVersion() {
    Patch patch = Patch.json("AuthorizationPolicy", "web").add("/spec/action", "DENY");
    RenderedObjects objects = objects(patch, policy("security.istio.io/v1"), policy("policy.linkerd.io/v1beta1"));
    new UserPatches().apply(objects);
    Diagnostic ambiguous = objects.findings().get(0);
    assertEquals(PatchRules.AMBIGUOUS, ambiguous.rule());
    assertEquals("patch AuthorizationPolicy/web: 2 objects are AuthorizationPolicy/web, of apiVersions"
        + " security.istio.io/v1, policy.linkerd.io/v1beta1", ambiguous.message());
    assertEquals("choose one with .apiVersion(\"security.istio.io/v1\")", ambiguous.hint());

    RenderedObjects chosen = objects(patch.apiVersion("policy.linkerd.io/v1beta1"),
        policy("security.istio.io/v1"), policy("policy.linkerd.io/v1beta1"));
    new UserPatches().apply(chosen);
    assertEquals(List.of(HatchRules.USED), chosen.findings().stream().map(Diagnostic::rule).toList());
    assertEquals(List.of("", "DENY"), chosen.all().stream().map(o -> o.body().at("/spec/action").asText()).toList());
  }

  @Test
  void anApiVersionTheObjectDoesNotHaveIsAMiss() {
    RenderedObjects objects = objects(Patch.json("AuthorizationPolicy", "web").apiVersion("policy.linkerd.io/v1beta1")
        .add("/spec/action", "DENY"), policy("security.istio.io/v1"));
    new UserPatches().apply(objects);
    Diagnostic miss = objects.findings().get(0);
    assertEquals(PatchRules.MISS, miss.rule());
    assertEquals("patch AuthorizationPolicy/web: the stack renders AuthorizationPolicy/web only as"
        + " security.istio.io/v1, not as policy.linkerd.io/v1beta1", miss.message());
  }

  private static RenderedObjects objects(Patch patch, Manifest... rendered) {
    return new RenderedObjects(Stack.named("shop").patch(patch).build(), Optional.empty(), List.of(rendered));
  }

  private static Manifest policy(String apiVersion) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("apiVersion", apiVersion).put("kind", "AuthorizationPolicy");
    body.putObject("metadata").put("name", "web").put("namespace", "shop");
    body.putObject("spec");
    return new Manifest(Optional.of("web"), body);
  }

  @Test
  void patchesRunInDeclarationOrder() {
    Rendering rendering = SHIPSHAPE.render(shop()
        .patch(Patch.json("Deployment", "web").add("/metadata/annotations", Map.of("b", "2", "a", "1")))
        .patch(Patch.json("Deployment", "web").move("/metadata/annotations/a", "/metadata/annotations/c"))
        .build());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertEquals("{\"b\":\"2\",\"c\":\"1\"}",
        deployment(rendering.stacks().get(0).base(), "web").at("/metadata/annotations").toString());
  }
}
