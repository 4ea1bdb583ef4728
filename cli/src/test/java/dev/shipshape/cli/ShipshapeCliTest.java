package dev.shipshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's commands and exit codes: 0 ok, 1 validation or check failed, 2 usage error. */
class ShipshapeCliTest {

  @TempDir
  Path out;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ShipshapeCli.commandLine();
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void generateThenCheckPassesAndAHandEditFailsIt() throws IOException {
    assertEquals(0, run("generate", "-o", out.toString(), CliDemo.class.getName()), err.toString());
    assertTrue(Files.isRegularFile(out.resolve("prod/demo/web/deployment.yaml")));
    assertTrue(err.toString().contains("shipshape generate: 1 stack, "), err.toString());
    assertEquals(0, run("check", "-o", out.toString(), CliDemo.class.getName()), err.toString());
    Path deployment = out.resolve("prod/demo/web/deployment.yaml");
    Files.writeString(deployment, Files.readString(deployment).replace("replicas: 3", "replicas: 4"));
    assertEquals(1, run("check", "-o", out.toString(), CliDemo.class.getName()));
    assertTrue(err.toString().contains("-  replicas: 4") && err.toString().contains("+  replicas: 3"), err.toString());
    assertTrue(err.toString().contains("regenerate with: shipshape generate --output " + out), err.toString());
  }

  @Test
  void onlyTheChosenEnvironmentsAreRendered() {
    assertEquals(0, run("generate", "-o", out.toString(), "--env", "prod", CliDemo.class.getName()), err.toString());
    assertTrue(Files.exists(out.resolve("prod")));
    assertFalse(Files.exists(out.resolve("dev")));
    assertEquals(2, run("generate", "-o", out.toString(), "--env", "qa", CliDemo.class.getName()));
    assertTrue(err.toString().contains("no stack declares environment 'qa'"), err.toString());
  }

  @Test
  void validationErrorsExitWithOneAndWriteNothing() {
    assertEquals(1, run("validate", CliBroken.class.getName()));
    assertTrue(err.toString().contains("ERROR IMAGE-UNPINNED broken/web/image"), err.toString());
    assertEquals(1, run("generate", "-o", out.resolve("x").toString(), CliBroken.class.getName()));
    assertFalse(Files.exists(out.resolve("x")));
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("generate", "com.example.Missing"));
    assertTrue(err.toString().contains("class com.example.Missing is not on the classpath"), err.toString());
    assertEquals(2, run("generate", "--layout", "sideways", CliDemo.class.getName()));
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run());
    assertEquals(0, run("--help"));
    assertEquals(0, run("check", "--help"));
  }

  @Test
  void kustomizeLayoutCanBeChosenOnTheCommandLine() {
    assertEquals(0, run("generate", "-o", out.toString(), "--layout", "kustomize", CliDemo.class.getName()),
        err.toString());
    assertTrue(Files.isRegularFile(out.resolve("demo/overlays/prod/Kustomization")));
  }
}
