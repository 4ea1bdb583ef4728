package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.shipshape.dsl.Declarations;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The order apps and environments are declared in carries no meaning, so it changes no byte: every
 * rendering sample renders the same files with its apps and its environments declared in reverse.
 */
class DeclarationOrderTest {

  private static final Shipshape SHIPSHAPE = new Shipshape();

  @TestFactory
  Stream<DynamicTest> reversedDeclarationsRenderTheSameFiles() {
    return SampleCatalog.all().stream().filter(sample -> !sample.negative()).map(sample -> dynamicTest(sample.name(), () -> {
      Stack declared = sample.source().define();
      Rendering reversed = SHIPSHAPE.render(Declarations.reversed(declared));
      assertTrue(reversed.succeeded(), reversed.diagnostics().report());
      FileSet expected = SHIPSHAPE.render(declared).files().orElseThrow();
      FileSet actual = reversed.files().orElseThrow();
      assertEquals(expected.paths(), actual.paths());
      for (String path : expected.paths()) {
        assertEquals(expected.text(path), actual.text(path), path);
      }
    }));
  }
}
