package dev.shipshape.samples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMaterialTest {

  private static final SourceMaterial SOURCE = new SourceMaterial("""
      ## 1. Things

      ### Concepts

      * one
      * two

      **First Example**

      ```yaml
      a: 1
      ```

      **Second Example**

      ```
      b: 2
      ```

      ## 2. Discussion Questions

      1. Why **this**?
      2. Why that?

      ---
      **Second Example** again
      """);

  @Test
  void quotesTheCodeBlockAfterAMarker() {
    assertEquals(new Quote("yaml", "a: 1\n", 10), SOURCE.codeBlock("**First Example**"));
  }

  @Test
  void aMarkerMustNameOneLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SOURCE.codeBlock("**Second Example**"));
    assertEquals("marker '**Second Example**' is on 2 lines of the source material, not one", e.getMessage());
  }

  @Test
  void readsASubsectionUpToTheNextHeading() {
    assertEquals(List.of("* one", "* two", "**First Example**", "```yaml", "a: 1", "```", "**Second Example**", "```", "b: 2", "```"),
        SOURCE.subsection("## 1. Things", "Concepts"));
  }

  @Test
  void readsTheDiscussionQuestions() {
    assertEquals(List.of("Why **this**?", "Why that?"), SOURCE.questions());
    assertEquals("Why that?", SOURCE.question("that"));
    assertThrows(IllegalArgumentException.class, () -> SOURCE.question("Why"));
  }
}
