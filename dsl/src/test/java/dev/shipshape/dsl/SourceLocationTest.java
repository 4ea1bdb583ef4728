package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captured source locations point at the user's call site.
 *
 * <p>{@link SourceLocation#ofCaller()} skips every frame of the {@code dev.shipshape.dsl} package, so
 * this test (which lives in that package) cannot be the "user". It compiles a small user class in
 * package {@code example} at test time and checks the lines its model remembers.
 */
class SourceLocationTest {

  /** The user's code; line numbers matter (line 1 is the package declaration). */
  private static final String USER_SOURCE = String.join("\n",
      "package example;",                                                           // 1
      "",                                                                           // 2
      "import dev.shipshape.dsl.*;",                                                // 3
      "",                                                                           // 4
      "public final class UserStack implements ManifestSource {",                   // 5
      "  @Override public Stack define() {",                                        // 6
      "    return Stack.named(\"shop\")",                                           // 7
      "        .app(App.deployment(\"web\")",                                       // 8
      "            .image(\"ghcr.io/acme/web:1.0.0\").port(8080)",                 // 9
      "            .env(\"LOG_LEVEL\", \"info\")",                                  // 10
      "            .env(\"DB_PASSWORD\", SecretRef.of(\"db\", \"password\"))",      // 11
      "            .service(Service.clusterIp().port(80))",                        // 12
      "            .suppress(\"IMAGE-UNPINNED\", \"demo\"))",                       // 13
      "        .app(App.deployment(\"api\").port(9000).expose())",                 // 14
      "        .externalName(\"payments\", \"api.example.com\")",                  // 15
      "        .suppress(\"NET-LB-OPEN\", \"public\")",                             // 16
      "        .build();",                                                          // 17
      "  }",                                                                        // 18
      "}",                                                                          // 19
      "");

  @TempDir
  static Path work;

  private static Stack stack;

  @BeforeAll
  static void compileAndRunTheUsersCode() throws Exception {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assumeTrue(compiler != null, "needs a JDK with javax.tools");
    Path source = work.resolve("example/UserStack.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, USER_SOURCE, StandardCharsets.UTF_8);
    Path dslClasses = Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, null, errors, "-classpath", dslClasses.toString(),
        "-d", work.toString(), source.toString());
    assertEquals(0, status, () -> errors.toString(StandardCharsets.UTF_8));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()},
        SourceLocationTest.class.getClassLoader())) {
      ManifestSource user = (ManifestSource) loader.loadClass("example.UserStack")
          .getDeclaredConstructor().newInstance();
      stack = user.define();
    }
  }

  private static SourceLocation at(int line) {
    return new SourceLocation("UserStack.java", line);
  }

  @Test
  void stackAppsAndServicesPointAtTheirFactoryCalls() {
    assertEquals(Optional.of(at(7)), stack.source());
    assertEquals(Optional.of(at(8)), stack.apps().get(0).source());
    assertEquals(Optional.of(at(14)), stack.apps().get(1).source());
    assertEquals(Optional.of(at(12)), stack.apps().get(0).service().orElseThrow().source());
  }

  @Test
  void exposePointsAtTheExposeCall() {
    assertEquals(Optional.of(at(14)), stack.apps().get(1).service().orElseThrow().source());
  }

  @Test
  void environmentVariablesPointAtTheirOwnLines() {
    List<EnvVar> env = stack.apps().get(0).env();
    assertEquals(Optional.of(at(10)), env.get(0).source());
    assertEquals(Optional.of(at(11)), env.get(1).source(), "env(name, EnvValue) also captures its caller");
  }

  @Test
  void suppressionsAndAliasesPointAtTheirLines() {
    assertEquals(Optional.of(at(13)), stack.apps().get(0).suppressions().get(0).source());
    assertEquals(Optional.of(at(15)), stack.externalServices().get(0).source());
    assertEquals(Optional.of(at(16)), stack.suppressions().get(0).source());
  }

  @Test
  void framesOfTheDslPackageAreSkipped() {
    // This test class is in dev.shipshape.dsl, so it is skipped like the DSL's own classes.
    Optional<SourceLocation> caller = SourceLocation.ofCaller();
    assertTrue(caller.isPresent());
    assertNotEquals("SourceLocationTest.java", caller.get().file());
  }

  @Test
  void printsAsFileColonLine() {
    assertEquals("Shop.java:14", new SourceLocation("Shop.java", 14).toString());
  }
}
