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
import dev.shipshape.generator.write.OutputLockedException;
import dev.shipshape.generator.write.WriteConflict;
import dev.shipshape.generator.write.WriteConflictException;
import dev.shipshape.generator.write.WriteResult;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One run of the Maven plugin or the CLI: stacks → validated rendering in memory → write, check or
 * only validate. Nothing is written unless the whole rendering succeeded.
 *
 * <pre>{@code
 * OutputDirectory out = new OutputDirectory(Path.of("deploy")).waitingForLock(Duration.ofMinutes(10), System.err::println);
 * Generation run = new Generation(stacks, new Shipshape(), out, "mvn shipshape:generate");
 * Outcome outcome = run.generate();
 * System.err.print(outcome.diagnostics().report());
 * System.err.println(outcome.summary());
 * }</pre>
 *
 * @param stacks the stacks to render into one output directory
 * @param shipshape the configured generator (layout, environments)
 * @param output the output directory (and how a run waits for its lock)
 * @param fixCommand the command that regenerates the directory, printed by {@code check}
 */
public record Generation(List<Stack> stacks, Shipshape shipshape, OutputDirectory output, String fixCommand) {

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

  /**
   * Renders and writes the output directory. A directory that cannot be written as rendered (a
   * conflict, the lock, an I/O error) ends the run with {@link ExitCode#OUTPUT} and the reason.
   */
  public Outcome generate() throws ToolException {
    long start = System.nanoTime();
    Generated generated;
    try {
      generated = shipshape.write(stacks, output);
    } catch (IllegalArgumentException e) {
      throw new ToolException(e.getMessage(), e);
    } catch (WriteConflictException e) {
      return new Outcome(new Diagnostics(List.of()), Optional.of(conflicts(e.conflicts())),
          "shipshape generate: " + plural(stacks.size(), "stack") + ", nothing was written: "
              + plural(e.conflicts().size(), "path") + " of " + output.root()
              + " cannot be written as rendered (see above) in " + millis(start), ExitCode.OUTPUT);
    } catch (OutputLockedException e) {
      return new Outcome(new Diagnostics(List.of()), Optional.empty(), "shipshape generate: " + e.getMessage(),
          ExitCode.OUTPUT);
    } catch (IOException e) {
      return new Outcome(new Diagnostics(List.of()), Optional.empty(), "shipshape generate: writing "
          + output.root() + " failed: " + e.getMessage() + (output.commitPending()
              ? " (after the commit point: the next generate finishes this run's commit first)"
              : " (nothing was written)"), ExitCode.OUTPUT);
    }
    if (!generated.succeeded()) {
      return failed(generated.diagnostics(), "generate", start);
    }
    WriteResult written = generated.written().get();
    return new Outcome(generated.diagnostics(),
        written.warnings().isEmpty() ? Optional.empty() : Optional.of(lines("warning ", written.warnings())),
        summary("generate", generated.objectCount(), written.counts(), start), ExitCode.OK);
  }

  /** Renders in memory and compares with the output directory; writes nothing. */
  public Outcome check() throws ToolException {
    long start = System.nanoTime();
    Rendering rendering = render();
    if (!rendering.succeeded()) {
      return failed(rendering.diagnostics(), "check", start);
    }
    FileSet files = rendering.files().get();
    CheckResult result;
    try {
      result = output.check(files);
    } catch (OutputLockedException e) {
      return new Outcome(rendering.diagnostics(), Optional.empty(), "shipshape check: " + e.getMessage(),
          ExitCode.OUTPUT);
    } catch (IOException e) {
      return new Outcome(rendering.diagnostics(), Optional.empty(),
          "shipshape check: reading " + output.root() + " failed: " + e.getMessage(), ExitCode.OUTPUT);
    }
    String counts = result.upToDate()
        ? files.size() + " files up to date"
        : plural(result.problemCount(), "difference") + " (" + files.size() + " files rendered)";
    return new Outcome(rendering.diagnostics(),
        result.upToDate() ? Optional.empty() : Optional.of(result.report(fixCommand)),
        summary("check", rendering.objectCount(), counts, start), result.upToDate() ? ExitCode.OK : ExitCode.FAILED);
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
        ExitCode.OK);
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
        ExitCode.FAILED);
  }

  private String summary(String command, int objects, String files, long start) {
    return "shipshape " + command + ": " + plural(stacks.size(), "stack") + ", "
        + plural(objects, "object") + ", " + files + " in " + millis(start)
        + " (" + output.root() + ")";
  }

  private static String conflicts(List<WriteConflict> conflicts) {
    return lines("conflict ", conflicts.stream().map(WriteConflict::toString).toList());
  }

  private static String lines(String prefix, List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(prefix).append(line).append('\n'));
    return text.toString();
  }

  private static String millis(long start) {
    return (System.nanoTime() - start) / 1_000_000 + " ms";
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
