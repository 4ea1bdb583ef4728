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
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.layout.EnvironmentDirectories;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.write.OwnershipIndex;
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
 * the object the generator rendered. The output directory's ownership index is approved too, since
 * the plugin writes it. Negative samples approve their {@code diagnostics.txt}.
 */
class GoldenFilesTest {

  private static final Shipshape SHIPSHAPE = new Shipshape();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final EnvironmentDirectories ENVIRONMENT_DIRECTORIES = new EnvironmentDirectories();

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
        dynamicTest(path, () -> GoldenFiles.GOLDEN.verify(path, rendering.diagnostics().report())),
        fileSet(sample, Set.of(path)));
  }

  private static Stream<DynamicNode> positive(Sample sample, Rendering rendering) {
    assertTrue(rendering.succeeded(), () -> sample.name() + " did not render:\n"
        + rendering.diagnostics().report());
    var files = rendering.files().orElseThrow();
    List<DynamicNode> tests = new ArrayList<>();
    Set<String> paths = new TreeSet<>();
    for (String path : files.paths()) {
      String golden = sample.name() + "/" + path;
      paths.add(golden);
      tests.add(dynamicTest(golden, () -> GoldenFiles.GOLDEN.verify(golden, files.text(path))));
    }
    String index = sample.name() + "/" + OwnershipIndex.FILE;
    paths.add(index);
    tests.add(dynamicTest(index, () -> GoldenFiles.GOLDEN.verify(index, OwnershipIndex.text(files))));
    tests.add(fileSet(sample, paths));
    tests.add(dynamicTest("golden documents parse back to the rendered objects", () -> {
      for (RenderedStack stack : rendering.stacks()) {
        for (RenderedEnvironment environment : stack.deployed()) {
          for (Manifest manifest : environment.manifests()) {
            String path = sample.name() + "/" + ENVIRONMENT_DIRECTORIES.pathOf(environment, manifest);
            if (files.paths().contains(path.substring(sample.name().length() + 1))) {
              assertEquals(manifest.body(), read(path), path + " does not parse back to the rendered object");
            }
          }
        }
      }
    }));
    return tests.stream();
  }

  private static DynamicNode fileSet(Sample sample, Set<String> rendered) {
    return dynamicTest("golden/" + sample.name() + " holds exactly the rendered files", () -> {
      Set<String> approved = GoldenFiles.GOLDEN.approvedPaths(sample.name());
      Set<String> orphans = new TreeSet<>(approved);
      orphans.removeAll(rendered);
      if (GoldenFiles.approving()) {
        GoldenFiles.GOLDEN.deleteOrphans(orphans);
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
    return YAML.readTree(GoldenFiles.GOLDEN.approved(path).toFile());
  }
}
