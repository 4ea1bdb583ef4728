package dev.shipshape.generator.tool;

import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.Generated;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.write.CheckResult;
import dev.shipshape.generator.write.OutputDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One run of the Maven plugin or the CLI: stacks → validated rendering in memory → write, check or
 * only validate. Nothing is written unless the whole rendering succeeded.
 *
 * <pre>{@code
 * Generation run = new Generation(stacks, new Shipshape(), Path.of("deploy"), "mvn shipshape:generate");
 * Outcome outcome = run.generate();
 * System.err.print(outcome.diagnostics().report());
 * System.err.println(outcome.summary());
 * }</pre>
 *
 * @param stacks the stacks to render into one output directory
 * @param shipshape the configured generator (layout, environments)
 * @param output the output directory
 * @param fixCommand the command that regenerates the directory, printed by {@code check}
 */
public record Generation(List<Stack> stacks, Shipshape shipshape, Path output, String fixCommand) {

  public Generation {
    stacks = List.copyOf(stacks);
  }

  /**
   * A generator with the given layout (a built-in name or a class on {@code loader}) and
   * environments; an environment no stack declares is an error.
   */
  public static Shipshape configure(List<Stack> stacks, ClassLoader loader, Optional<String> layout,
      List<String> environments) throws ToolException {
    Shipshape shipshape = new Shipshape();
    if (layout.isPresent() && !layout.get().isBlank()) {
      shipshape = shipshape.withLayout(Sources.layout(loader, layout.get().strip()));
    }
    if (!environments.isEmpty()) {
      TreeSet<String> declared = new TreeSet<>();
      stacks.forEach(s -> s.environments().stream().map(Environment::name).forEach(declared::add));
      for (String name : environments) {
        if (!declared.contains(name)) {
          throw new ToolException("no stack declares environment '" + name + "'; declared: "
              + (declared.isEmpty() ? "none" : String.join(", ", declared)));
        }
      }
      shipshape = shipshape.onlyEnvironments(environments);
    }
    return shipshape;
  }

  /** Renders and writes the output directory. */
  public Outcome generate() throws ToolException {
    long start = System.nanoTime();
    Generated generated;
    try {
      generated = shipshape.write(stacks, new OutputDirectory(output));
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    } catch (IOException e) {
      throw new ToolException("writing " + output + " failed: " + e.getMessage(), e);
    }
    if (!generated.succeeded()) {
      return failed(generated.diagnostics(), "generate", start);
    }
    return new Outcome(generated.diagnostics(), Optional.empty(),
        summary("generate", generated.objectCount(), generated.written().get().counts(), start), true);
  }

  /** Renders in memory and compares with the output directory; writes nothing. */
  public Outcome check() throws ToolException {
    long start = System.nanoTime();
    Rendering rendering = render();
    if (!rendering.succeeded()) {
      return failed(rendering.diagnostics(), "check", start);
    }
    try {
      FileSet files = rendering.files().get();
      CheckResult result = new OutputDirectory(output).check(files);
      String counts = result.upToDate()
          ? files.size() + " files up to date"
          : result.problemCount() + " of " + files.size() + " files out of date";
      return new Outcome(rendering.diagnostics(),
          result.upToDate() ? Optional.empty() : Optional.of(result.report(fixCommand)),
          summary("check", rendering.objectCount(), counts, start), result.upToDate());
    } catch (IOException e) {
      throw new ToolException("reading " + output + " failed: " + e.getMessage(), e);
    }
  }

  /** Renders in memory only: the diagnostics and whether the stacks are valid. */
  public Outcome validate() throws ToolException {
    long start = System.nanoTime();
    Rendering rendering = render();
    if (!rendering.succeeded()) {
      return failed(rendering.diagnostics(), "validate", start);
    }
    return new Outcome(rendering.diagnostics(), Optional.empty(),
        summary("validate", rendering.objectCount(), rendering.files().get().size() + " files rendered in memory", start),
        true);
  }

  private Rendering render() throws ToolException {
    try {
      return shipshape.render(stacks);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    }
  }

  private Outcome failed(Diagnostics diagnostics, String command, long start) {
    return new Outcome(diagnostics, Optional.empty(),
        "shipshape " + command + ": " + plural(stacks.size(), "stack") + ", "
            + plural(diagnostics.errorCount(), "error") + " — nothing was written in "
            + millis(start),
        false);
  }

  private String summary(String command, int objects, String files, long start) {
    return "shipshape " + command + ": " + plural(stacks.size(), "stack") + ", "
        + plural(objects, "object") + ", " + files + " in " + millis(start)
        + " (" + output + ")";
  }

  private static String millis(long start) {
    return (System.nanoTime() - start) / 1_000_000 + " ms";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
