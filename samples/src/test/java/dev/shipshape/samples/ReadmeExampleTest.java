package dev.shipshape.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's introductory example compiles as written and renders without any diagnostic. */
class ReadmeExampleTest {

  @Test
  void introductoryExampleCompilesAndRendersClean(@TempDir Path work) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String example = readme.substring(start, readme.indexOf("```", start));
    Path source = work.resolve("Shop.java");
    Files.writeString(source, "import dev.shipshape.dsl.*;\nimport java.time.Duration;\n" + example);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertNotNull(compiler, "a JDK is needed to compile the README's example");
    int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
        "-d", work.toString(), source.toString());
    assertEquals(0, status, "the README's example does not compile");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
        getClass().getClassLoader())) {
      ManifestSource shop = (ManifestSource) loader.loadClass("Shop").getDeclaredConstructor().newInstance();
      Rendering rendering = new Shipshape().render(shop);
      assertTrue(rendering.succeeded());
      assertEquals("", rendering.diagnostics().report(), "the README promises no diagnostics");
      assertEquals(List.of("shop"), rendering.stacks().stream().map(s -> s.declared().name()).toList());
    }
  }
}
