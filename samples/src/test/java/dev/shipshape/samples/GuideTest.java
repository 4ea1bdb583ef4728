package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.shipshape.samples.guide.Guide;
import dev.shipshape.samples.guide.Question;
import dev.shipshape.samples.guide.SourceMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The guide under {@code docs/} is exactly what {@link Guide} generates from the samples, their
 * golden files and the source material: one check per page and one that the set of pages matches.
 * Regenerate it with {@value GoldenFiles#APPROVE_COMMAND}. Runs after {@link GoldenFilesTest}
 * ({@code junit-platform.properties} orders classes by {@link Order}), so one approving run updates
 * the golden files first and then the guide that quotes them.
 */
@Order(Integer.MAX_VALUE)
class GuideTest {

  private final Guide guide = new Guide(GoldenFiles.REPOSITORY, SourceMaterial.bundled(), SampleCatalog.all());

  @TestFactory
  Stream<DynamicTest> docsHoldTheGeneratedGuide() {
    Map<String, String> pages = guide.render();
    List<DynamicTest> tests = new ArrayList<>();
    pages.forEach((page, text) -> tests.add(dynamicTest("docs/" + page, () -> GoldenFiles.DOCS.verify(page, text))));
    tests.add(dynamicTest("docs/ holds exactly the guide's pages", () -> {
      Set<String> orphans = new TreeSet<>(GoldenFiles.DOCS.approvedPaths(""));
      orphans.removeAll(pages.keySet());
      if (GoldenFiles.approving()) {
        GoldenFiles.DOCS.deleteOrphans(orphans);
        return;
      }
      assertTrue(orphans.isEmpty(), "docs/ has pages the guide does not generate: " + orphans
          + "\n  regenerate the guide with: " + GoldenFiles.APPROVE_COMMAND);
    }));
    return tests.stream();
  }

  @Test
  void everyDiscussionQuestionIsAnsweredInItsChapter() {
    List<String> asked = SourceMaterial.bundled().questions();
    Map<String, String> pages = guide.render();
    List<String> answered = Guide.QUESTIONS.stream().map(q -> guide.question(q.anchor())).toList();
    assertEquals(Set.copyOf(asked), Set.copyOf(answered), "every question of the source material, each once");
    assertEquals(asked.size(), answered.size(), "every question of the source material, each once");
    for (Question question : Guide.QUESTIONS) {
      String chapter = pages.get(question.chapter());
      String heading = "<a id=\"" + question.anchor() + "\"></a>\n### Q: " + guide.question(question.anchor()) + "\n\n";
      int at = chapter.indexOf(heading);
      assertTrue(at >= 0, question.chapter() + " does not answer " + question.anchor());
      String answer = chapter.substring(at + heading.length()).split("\n\n", 2)[0];
      assertTrue(answer.contains("](../samples/src/main/java/") || answer.contains("](#sample-"),
          question.anchor() + " links no sample: " + answer);
    }
  }

  @Test
  void theBundledSourceMaterialIsTheCourseText() throws IOException {
    Path original = GoldenFiles.REPOSITORY.resolveSibling("shared").resolve("source").resolve(SourceMaterial.ORIGINAL);
    boolean present = Files.isRegularFile(original);
    if (!present) {
      System.err.println("NOTICE: " + original + " is absent; not comparing the bundled source material with it");
    }
    Assumptions.assumeTrue(present, "the course text is not next to the repository");
    try (InputStream bundled = SourceMaterial.class.getResourceAsStream(SourceMaterial.RESOURCE)) {
      assertEquals(Files.readString(original), new String(bundled.readAllBytes(), StandardCharsets.UTF_8),
          "the bundled source material must be a byte-identical copy of " + original);
    }
  }
}
