package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Layout;
import dev.shipshape.generator.RenderedEnvironment;
import dev.shipshape.generator.RenderedStack;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.layout.DeliveryUnit;
import dev.shipshape.generator.layout.Layouts;
import dev.shipshape.generator.layout.OutputLayout;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.write.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kubectl kustomize} builds every environment directory of every sample: each kustomize
 * root and each directory a GitOps tool syncs. For kustomize overlays, the build of each overlay
 * must be exactly the objects the environment renders. Skipped, with a notice, where kubectl is
 * absent.
 */
class KustomizeBuildTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir
  static Path out;

  @TestFactory
  Stream<DynamicTest> everyEnvironmentDirectoryBuilds() throws IOException {
    boolean kubectl = kubectlAvailable();
    if (!kubectl) {
      System.err.println("NOTICE: kubectl is not on the PATH; skipping the kustomize builds of the samples");
    }
    Assumptions.assumeTrue(kubectl, "kubectl is not on the PATH");
    List<DynamicTest> tests = new ArrayList<>();
    for (Sample sample : SampleCatalog.all()) {
      if (sample.negative()) {
        continue;
      }
      Rendering rendering = new Shipshape().render(sample.source());
      Path root = out.resolve(sample.name());
      new OutputDirectory(root).write(rendering.files().orElseThrow());
      for (RenderedStack stack : rendering.stacks()) {
        Layout chosen = stack.declared().delivery().map(Delivery::layout).orElse(Layout.ENVIRONMENT_DIRECTORIES);
        OutputLayout layout = Layouts.of(chosen);
        Set<String> directories = new TreeSet<>(layout.kustomizeRoots(stack));
        for (DeliveryUnit unit : layout.deliveryUnits(stack)) {
          for (RenderedEnvironment environment : stack.deployed()) {
            directories.add(environment.name().map(unit::pathIn).orElse(unit.pathPattern()));
          }
        }
        for (String directory : directories) {
          tests.add(dynamicTest(sample.name() + "/" + directory, () -> {
            List<JsonNode> built = kustomize(root.resolve(directory));
            assertTrue(!built.isEmpty(), "kubectl kustomize " + directory + " built nothing");
          }));
        }
        if (chosen == Layout.KUSTOMIZE_OVERLAYS) {
          for (RenderedEnvironment environment : stack.environments()) {
            String overlay = stack.declared().name() + "/overlays/" + environment.name().orElseThrow();
            tests.add(dynamicTest(sample.name() + "/" + overlay + " builds what the environment renders", () ->
                assertEquals(new HashSet<>(environment.manifests().stream().map(Manifest::body).toList()),
                    new HashSet<>(kustomize(root.resolve(overlay))))));
          }
        }
      }
    }
    return tests.stream();
  }

  private static List<JsonNode> kustomize(Path directory) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
        .redirectErrorStream(false).start();
    byte[] output = process.getInputStream().readAllBytes();
    String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize timed out");
    assertEquals(0, process.exitValue(), "kubectl kustomize " + directory + " failed:\n" + errors);
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> read = YAML.readerFor(JsonNode.class).readValues(output)) {
      while (read.hasNext()) {
        documents.add(read.next());
      }
    }
    return documents;
  }

  private static boolean kubectlAvailable() {
    try {
      Process process = new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
