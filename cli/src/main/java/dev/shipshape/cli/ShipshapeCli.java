package dev.shipshape.cli;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.tool.ExitCode;
import dev.shipshape.generator.tool.Generation;
import dev.shipshape.generator.tool.Outcome;
import dev.shipshape.generator.tool.Sources;
import dev.shipshape.generator.tool.ToolException;
import dev.shipshape.generator.write.OutputDirectory;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shipshape generate|check|validate [options] [ManifestSource class…]}: the generator for
 * build scripts and CI. Exit codes ({@link ExitCode}): 0 ok, 1 validation errors or check found
 * differences, 2 usage error, 3 the output directory could not be written (conflict, I/O, lock).
 *
 * <pre>
 * java -jar shipshape-cli-all.jar generate --classpath target/classes --output deploy com.acme.Shop
 * java -jar shipshape-cli-all.jar check --classpath target/classes --output deploy com.acme.Shop
 * </pre>
 */
@Command(name = "shipshape", mixinStandardHelpOptions = true, versionProvider = ShipshapeCli.Version.class,
    description = "Renders Shipshape stacks into validated Kubernetes manifests.",
    subcommands = {ShipshapeCli.Generate.class, ShipshapeCli.Check.class, ShipshapeCli.Validate.class},
    exitCodeListHeading = "%nExit codes:%n")
public final class ShipshapeCli implements Runnable {

  @Spec
  private CommandSpec spec;

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for embedding. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new ShipshapeCli()).setCaseInsensitiveEnumValuesAllowed(true);
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      exitCodes.put(Integer.toString(code.code()), code.meaning());
    }
    commandLine.getCommandSpec().usageMessage().exitCodeList(exitCodes);
    commandLine.getSubcommands().values().forEach(sub -> sub.getCommandSpec().usageMessage()
        .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes));
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: generate, check or validate");
  }

  /** Options every command shares. */
  static final class Shared {

    @Option(names = {"-cp", "--classpath"}, split = "${sys:path.separator}", paramLabel = "PATH",
        description = "Where the ManifestSource classes and their dependencies are (directories and jars).")
    List<File> classpath = new ArrayList<>();

    @Option(names = {"-o", "--output"}, defaultValue = "manifests", paramLabel = "DIR",
        description = "The output directory (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(names = "--lock-timeout", defaultValue = "600", paramLabel = "SECONDS",
        description = "How long to wait while another run holds the output directory's lock; 0 fails at once "
            + "(default: ${DEFAULT-VALUE}).")
    long lockTimeoutSeconds;

    @Option(names = "--layout", paramLabel = "LAYOUT",
        description = "environments, kustomize, or an OutputLayout class name (default: each stack's own).")
    Optional<String> layout = Optional.empty();

    @Option(names = {"-e", "--env"}, split = ",", paramLabel = "ENV",
        description = "Render only these environments (default: all).")
    List<String> environments = new ArrayList<>();

    @Parameters(paramLabel = "CLASS",
        description = "ManifestSource classes (default: those in META-INF/services on the classpath).")
    List<String> sources = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    int run(String command, Runner runner) {
      PrintWriter err = spec.commandLine().getErr();
      try (URLClassLoader loader = loader()) {
        OutputDirectory directory = outputDirectory(err);
        List<Stack> stacks = Sources.define(loader, sources);
        Generation generation = new Generation(stacks,
            Generation.configure(stacks, loader, layout, environments), directory,
            "shipshape generate " + String.join(" ", reproduce()));
        Outcome outcome = runner.run(generation);
        err.print(outcome.diagnostics().report());
        outcome.report().ifPresent(err::print);
        err.println(outcome.summary());
        err.flush();
        return outcome.exitCode().code();
      } catch (ToolException e) {
        err.println("shipshape " + command + ": " + e.getMessage());
        err.flush();
        return ExitCode.USAGE.code();
      } catch (IOException e) {
        err.println("shipshape " + command + ": " + e.getMessage());
        err.flush();
        return ExitCode.OUTPUT.code();
      }
    }

    /**
     * The output directory, waiting for its lock as told. A path this JVM cannot encode (non-ASCII
     * under a C or POSIX locale, where Java's file name encoding is ASCII) is a usage error that
     * says how to fix it, not a usage screen.
     */
    private OutputDirectory outputDirectory(PrintWriter err) throws ToolException {
      if (lockTimeoutSeconds < 0) {
        throw new ToolException("--lock-timeout must be 0 or more seconds, not " + lockTimeoutSeconds);
      }
      Path path;
      try {
        path = Path.of(output);
      } catch (InvalidPathException e) {
        throw new ToolException("the output path " + output + " cannot be used: this JVM encodes file names as "
            + System.getProperty("sun.jnu.encoding") + " (from the locale: LANG/LC_ALL), which cannot represent it; "
            + "run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8", e);
      }
      return new OutputDirectory(path).waitingForLock(Duration.ofSeconds(lockTimeoutSeconds), notice -> {
        err.println("shipshape: " + notice);
        err.flush();
      });
    }

    private List<String> reproduce() {
      List<String> args = new ArrayList<>();
      if (!classpath.isEmpty()) {
        args.add("--classpath");
        args.add(String.join(File.pathSeparator, classpath.stream().map(File::getPath).toList()));
      }
      args.add("--output");
      args.add(output);
      layout.ifPresent(l -> args.add("--layout " + l));
      if (!environments.isEmpty()) {
        args.add("--env " + String.join(",", environments));
      }
      args.addAll(sources);
      return args;
    }

    private URLClassLoader loader() throws ToolException {
      List<URL> urls = new ArrayList<>();
      for (File entry : classpath) {
        if (!entry.exists()) {
          throw new ToolException("classpath entry " + entry + " does not exist");
        }
        try {
          urls.add(entry.toURI().toURL());
        } catch (MalformedURLException e) {
          throw new ToolException("classpath entry " + entry + " is not usable: " + e.getMessage(), e);
        }
      }
      return new URLClassLoader(urls.toArray(URL[]::new), ShipshapeCli.class.getClassLoader());
    }
  }

  /** One of generate, check, validate. */
  @FunctionalInterface
  interface Runner {
    Outcome run(Generation generation) throws ToolException;
  }

  /** {@code generate}: validate, then write only changed files and prune owned stale ones. */
  @Command(name = "generate", mixinStandardHelpOptions = true,
      description = "Render and write the output directory (nothing is written on any error).")
  static final class Generate implements Callable<Integer> {
    @Mixin
    Shared shared;

    @Override
    public Integer call() {
      return shared.run("generate", Generation::generate);
    }
  }

  /** {@code check}: fail when the output directory differs from the rendering. */
  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Render in memory and compare with the output directory; list missing, changed and stale files.")
  static final class Check implements Callable<Integer> {
    @Mixin
    Shared shared;

    @Override
    public Integer call() {
      return shared.run("check", Generation::check);
    }
  }

  /** {@code validate}: only report diagnostics. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Validate and render in memory only; report the diagnostics.")
  static final class Validate implements Callable<Integer> {
    @Mixin
    Shared shared;

    @Override
    public Integer call() {
      return shared.run("validate", Generation::validate);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"shipshape " + Optional.ofNullable(ShipshapeCli.class.getPackage().getImplementationVersion())
          .orElse("(development build)")};
    }
  }
}
