package dev.shipshape.generator.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Bracket syntax, literal {@code ${…}} and {@code {{ }}}, one parse per template, errors thrown. */
class TemplatesTest {

  private final Templates templates = new Templates(TemplatesTest.class);

  @Test
  void rendersWithBracketSyntaxAndLeavesOtherTemplateLanguagesAlone() {
    String text = templates.render("greeting.md.ftl", Map.of("name", "Zoë", "items", List.of(1, 20_000)));
    assertEquals("Hello Zoë — ${kept} {{ .Values.kept }}\n1, 20000\n", text);
  }

  @Test
  void theSameTemplateRendersTheSameTextOnEveryThread() {
    List<String> texts = IntStream.range(0, 200).parallel()
        .mapToObj(i -> templates.render("greeting.md.ftl", Map.of("name", "n" + (i % 2), "items", List.of())))
        .distinct().sorted().toList();
    assertEquals(List.of("Hello n0 — ${kept} {{ .Values.kept }}\n\n", "Hello n1 — ${kept} {{ .Values.kept }}\n\n"), texts);
  }

  @Test
  void aMissingOrFailingTemplateIsADefectOfTheBundle() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> templates.render("nowhere.ftl", Map.of()));
    assertEquals("the bundled template nowhere.ftl is missing", missing.getMessage());
    IllegalStateException failing = assertThrows(IllegalStateException.class,
        () -> templates.render("greeting.md.ftl", Map.of("items", List.of())));
    assertEquals("the bundled template greeting.md.ftl failed", failing.getMessage());
  }
}
