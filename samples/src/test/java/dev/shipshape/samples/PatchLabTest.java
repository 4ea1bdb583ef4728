package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.samples.patches.PatchLab;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listing of patch-lab's patches: each once, where it applies, with what it does and its line. */
class PatchLabTest {

  @Test
  void everyPatchIsListedOnceWhereItApplies() {
    Rendering rendering = new Shipshape().render(new PatchLab());
    assertTrue(rendering.succeeded(), rendering.diagnostics().report());
    assertEquals(List.of(
            "patch-lab/patches/Deployment/web: patch Deployment/web: JSON patch: test /spec/strategy/type,"
                + " add /spec/minReadySeconds (PatchLab.java:36)",
            "patch-lab/patches/Deployment/web: patch Deployment/web: JSON patch: add"
                + " /metadata/labels/example.com~1tier (PatchLab.java:39)",
            "patch-lab/patches/Deployment/api: patch Deployment/api: JSON patch: test"
                + " /spec/template/spec/topologySpreadConstraints/0/topologyKey, replace"
                + " /spec/template/spec/topologySpreadConstraints/0/whenUnsatisfiable (PatchLab.java:44)",
            "patch-lab@prod/patches/Deployment/api: patch Deployment/api: merge patch: sets"
                + " /spec/template/spec/terminationGracePeriodSeconds (PatchLab.java:47)"),
        rendering.diagnostics().all().stream().filter(d -> d.rule().id().equals("HATCH-USED"))
            .map(d -> d.path() + ": " + d.message() + " (" + d.source().orElseThrow() + ")").toList());
    assertEquals(List.of("HATCH-USED"), rendering.diagnostics().all().stream().map(Diagnostic::rule)
        .map(rule -> rule.id()).distinct().toList(), "nothing but the listing");
  }
}
