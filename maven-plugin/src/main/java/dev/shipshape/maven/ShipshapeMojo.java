package dev.shipshape.maven;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Severity;
import dev.shipshape.generator.tool.ExitCode;
import dev.shipshape.generator.tool.Generation;
import dev.shipshape.generator.tool.Outcome;
import dev.shipshape.generator.tool.Sources;
import dev.shipshape.generator.tool.ToolException;
import dev.shipshape.generator.write.OutputDirectory;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What {@code generate} and {@code check} share: the parameters, loading the project's
 * {@code ManifestSource}s from its runtime classpath, the version check, and logging diagnostics one
 * per line. The work itself is the generator's {@link Generation}.
 */
abstract class ShipshapeMojo extends AbstractMojo {

  static final String DSL_GROUP = "dev.shipshape";
  static final String DSL_ARTIFACT = "shipshape-dsl";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution execution;

  /** Where the manifests go: the root of the GitOps tree. */
  @Parameter(property = "shipshape.outputDirectory", defaultValue = "${project.build.directory}/manifests")
  private File outputDirectory;

  /**
   * The layout: {@code environments} (rendered directories per environment), {@code kustomize}
   * (base and overlays), or the name of a class implementing
   * {@code dev.shipshape.generator.layout.OutputLayout}. Each stack's own choice when empty.
   */
  @Parameter(property = "shipshape.layout")
  private String layout;

  /** Only these environments are rendered (every declared environment when empty). */
  @Parameter(property = "shipshape.environments")
  private List<String> environments;

  /**
   * The {@code ManifestSource} classes to render, by name. When empty, every source listed in
   * {@code META-INF/services/dev.shipshape.dsl.ManifestSource} on the runtime classpath.
   */
  @Parameter(property = "shipshape.sources")
  private List<String> sources;

  /**
   * How many seconds to wait while another run (another build, another module of a parallel build)
   * holds the output directory's lock; {@code 0} fails at once.
   */
  @Parameter(property = "shipshape.lockTimeout", defaultValue = "600")
  private long lockTimeout;

  /** Skips every Shipshape goal. */
  @Parameter(property = "shipshape.skip", defaultValue = "false")
  private boolean skip;

  /** The goal's name, as logged. */
  abstract String goal();

  /** Whether this goal alone is skipped. */
  abstract boolean skipGoal();

  /** Runs the goal. */
  abstract Outcome run(Generation generation) throws ToolException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("shipshape " + goal() + ": skipped");
      return;
    }
    checkDslVersion();
    try (URLClassLoader loader = projectClassLoader()) {
      List<Stack> stacks = Sources.define(loader, list(sources));
      if (lockTimeout < 0) {
        throw new ToolException("<lockTimeout> must be 0 or more seconds, not " + lockTimeout);
      }
      OutputDirectory output = new OutputDirectory(outputDirectory.toPath())
          .waitingForLock(Duration.ofSeconds(lockTimeout), notice -> getLog().info("shipshape " + goal() + ": " + notice));
      Generation generation = new Generation(stacks,
          Generation.configure(stacks, loader, Optional.ofNullable(layout), list(environments)),
          output, "mvn shipshape:generate@" + execution.getExecutionId() + " (or mvn package)");
      Outcome outcome = run(generation);
      log(outcome);
      failOn(outcome);
    } catch (ToolException e) {
      throw new MojoExecutionException("shipshape " + goal() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("shipshape " + goal() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fails the build as the CLI's exit code would: validation errors and check differences
   * ({@link ExitCode#FAILED}) and an output directory that could not be written
   * ({@link ExitCode#OUTPUT}) are build failures that name the cause.
   */
  private void failOn(Outcome outcome) throws MojoFailureException {
    switch (outcome.exitCode()) {
      case OK -> { }
      case FAILED -> throw new MojoFailureException(outcome.summary());
      case OUTPUT, USAGE -> throw new MojoFailureException("shipshape " + goal() + " could not "
          + (goal().equals("check") ? "read" : "write") + " the output directory " + outputDirectory
          + " (exit code " + outcome.exitCode().code() + " in the CLI): " + outcome.summary());
    }
  }

  private void log(Outcome outcome) {
    for (Diagnostic diagnostic : outcome.diagnostics().all()) {
      String line = oneLine(diagnostic);
      if (diagnostic.severity() == Severity.ERROR) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    outcome.report().ifPresent(report -> report.lines().forEach(outcome.succeeded() ? getLog()::warn : getLog()::error));
    if (outcome.succeeded()) {
      getLog().info(outcome.summary());
    } else {
      getLog().error(outcome.summary());
    }
  }

  /** {@code NET-NODEPORT-RANGE shop/api/service: … (Shop.java:14) — hint: …} */
  static String oneLine(Diagnostic diagnostic) {
    String where = diagnostic.source().map(source -> " (" + source + ")").orElse("");
    return diagnostic.rule().id() + " " + diagnostic.path() + ": " + diagnostic.message() + where
        + " — hint: " + diagnostic.hint();
  }

  /** The project must compile against the same shipshape-dsl as the plugin runs. */
  private void checkDslVersion() throws MojoExecutionException {
    Optional<String> used = project.getArtifacts().stream()
        .filter(a -> DSL_GROUP.equals(a.getGroupId()) && DSL_ARTIFACT.equals(a.getArtifactId()))
        .map(Artifact::getBaseVersion).findFirst();
    Optional<String> problem = versionProblem(used, plugin.getVersion());
    if (problem.isPresent()) {
      throw new MojoExecutionException(problem.get());
    }
  }

  /** Why the project's shipshape-dsl version cannot work with the plugin, if it cannot. */
  static Optional<String> versionProblem(Optional<String> projectDsl, String pluginVersion) {
    if (projectDsl.isEmpty()) {
      return Optional.of("shipshape: the project does not depend on " + DSL_GROUP + ":" + DSL_ARTIFACT
          + "; add it (version " + pluginVersion + ") so your ManifestSource classes compile");
    }
    if (!projectDsl.get().equals(pluginVersion)) {
      return Optional.of("shipshape: the project uses " + DSL_ARTIFACT + " " + projectDsl.get()
          + " but shipshape-maven-plugin is " + pluginVersion
          + "; use the same version for both (e.g. one <shipshape.version> property)");
    }
    return Optional.empty();
  }

  private URLClassLoader projectClassLoader() throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    try {
      for (String element : project.getRuntimeClasspathElements()) {
        urls.add(new File(element).toURI().toURL());
      }
    } catch (DependencyResolutionRequiredException | MalformedURLException e) {
      throw new MojoExecutionException("shipshape: cannot read the project's runtime classpath: " + e, e);
    }
    // Parent first: the DSL and generator classes are the plugin's, shared with the user's sources.
    return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of()
        : values.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip)
            .filter(v -> !v.isEmpty()).toList();
  }
}
