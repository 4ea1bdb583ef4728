package dev.shipshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import dev.shipshape.generator.write.OutputDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's commands and exit codes: 0 ok, 1 validation or check failed, 2 usage error, 3 output directory error. */
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
  void anOutputDirectoryThatCannotBeWrittenExitsWithThreeAndSaysWhy() throws IOException {
    Files.writeString(out.resolve("prod"), "a user's file where a rendered folder must go\n");
    assertEquals(3, run("generate", "-o", out.toString(), CliDemo.class.getName()));
    assertTrue(err.toString().contains("conflict prod is a file, where Shipshape must create a folder — move the file away"),
        err.toString());
    assertTrue(err.toString().contains("nothing was written"), err.toString());
    assertFalse(Files.exists(out.resolve("dev")), "nothing was written");
  }

  @Test
  void aLockedOutputDirectoryExitsWithThreeWhenTheRunMayNotWait() throws IOException {
    try (var holder = new OutputDirectory(out).begin()) {
      assertEquals(3, run("generate", "-o", out.toString(), "--lock-timeout", "0", CliDemo.class.getName()));
      assertTrue(err.toString().contains("is locked by another Shipshape run"), err.toString());
    }
    assertEquals(2, run("generate", "-o", out.toString(), "--lock-timeout", "-1", CliDemo.class.getName()));
    assertTrue(err.toString().contains("--lock-timeout must be 0 or more seconds"), err.toString());
  }

  @Test
  void theHelpListsEveryExitCode() {
    StringWriter help = new StringWriter();
    CommandLine cli = ShipshapeCli.commandLine();
    cli.setOut(new PrintWriter(help, true));
    assertEquals(0, cli.execute("generate", "--help"));
    assertTrue(help.toString().contains("Exit codes:") && help.toString().contains("3   output directory error"),
        help.toString());
  }

  @Test
  void aNonAsciiOutputPathUnderACLocaleIsAUsageErrorThatSaysHowToFixIt() throws Exception {
    ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ShipshapeCli.class.getName(),
        "generate", "-o", out.resolve("d\u00e9ploiement").toString(), CliDemo.class.getName())
        .redirectErrorStream(true);
    command.environment().put("LC_ALL", "C");
    command.environment().put("LANG", "C");
    Process process = command.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    if (output.contains("ANSI_X3.4-1968")) {   // this JDK encodes file names per the locale (JDK 17 on Linux does)
      assertEquals(2, process.exitValue(), output);
      assertTrue(output.contains("run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8") && !output.contains("Usage:"), output);
    } else {
      assertEquals(0, process.exitValue(), output);
    }
  }

  @Test
  void kustomizeLayoutCanBeChosenOnTheCommandLine() {
    assertEquals(0, run("generate", "-o", out.toString(), "--layout", "kustomize", CliDemo.class.getName()),
        err.toString());
    assertTrue(Files.isRegularFile(out.resolve("demo/overlays/prod/Kustomization")));
  }
}
