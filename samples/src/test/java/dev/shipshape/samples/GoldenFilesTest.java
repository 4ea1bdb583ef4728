package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.layout.PerAppLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample's output against {@code golden/<sample>/}: one check per file, one check that the set
 * of files matches (new and orphaned files fail), and one that each golden document parses back to
 * the object the generator rendered. Negative samples approve their {@code diagnostics.txt}.
 */
class GoldenFilesTest {

  private static final Shipshape SHIPSHAPE = new Shipshape();
  private static final YAMLMapper YAML = new YAMLMapper();

  @TestFactory
  Stream<DynamicNode> samplesMatchTheirGoldenFiles() {
    return SampleCatalog.all().stream().map(sample -> {
      Rendering rendering = SHIPSHAPE.render(sample.source());
      return dynamicContainer(sample.name(), sample.negative()
          ? negative(sample, rendering)
          : positive(sample, rendering));
    });
  }

  private static Stream<DynamicNode> negative(Sample sample, Rendering rendering) {
    String path = sample.name() + "/diagnostics.txt";
    return Stream.of(
        dynamicTest("fails validation", () -> assertFalse(rendering.succeeded(),
            "negative sample " + sample.name() + " must fail validation")),
        dynamicTest(path, () -> GoldenFiles.verify(path, rendering.diagnostics().report())),
        fileSet(sample, Set.of(path)));
  }

  private static Stream<DynamicNode> positive(Sample sample, Rendering rendering) {
    assertTrue(rendering.succeeded(), () -> sample.name() + " did not render:\n"
        + rendering.diagnostics().report());
    var files = rendering.files().orElseThrow();
    List<DynamicNode> tests = new ArrayList<>();
    for (String path : files.paths()) {
      tests.add(dynamicTest(path, () -> GoldenFiles.verify(path, files.text(path))));
    }
    tests.add(fileSet(sample, files.paths()));
    tests.add(dynamicTest("golden documents parse back to the rendered objects", () -> {
      PerAppLayout layout = new PerAppLayout();
      var stack = sample.source().define();
      for (Manifest manifest : rendering.manifests()) {
        String path = layout.pathOf(stack, manifest);
        JsonNode parsed = read(path);
        assertEquals(manifest.body(), parsed, path + " does not parse back to the rendered object");
      }
    }));
    return tests.stream();
  }

  private static DynamicNode fileSet(Sample sample, Set<String> rendered) {
    return dynamicTest("golden/" + sample.name() + " holds exactly the rendered files", () -> {
      Set<String> approved = GoldenFiles.approvedPaths(sample.name());
      Set<String> orphans = new TreeSet<>(approved);
      orphans.removeAll(rendered);
      if (GoldenFiles.approving()) {
        GoldenFiles.deleteOrphans(orphans);
        return;
      }
      Set<String> missing = new TreeSet<>(rendered);
      missing.removeAll(approved);
      assertTrue(orphans.isEmpty() && missing.isEmpty(), "golden/" + sample.name()
          + " is out of date; not rendered any more: " + orphans + "; not approved yet: " + missing
          + "\n  read the change, then approve it with: " + GoldenFiles.APPROVE_COMMAND);
    });
  }

  private static JsonNode read(String path) throws IOException {
    return YAML.readTree(GoldenFiles.ROOT.resolve(path).toFile());
  }
}
