package dev.shipshape.maven;

import dev.shipshape.generator.tool.Generation;
import dev.shipshape.generator.tool.Outcome;
import dev.shipshape.generator.tool.ToolException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders the project's stacks and writes them to the output directory: validated in memory first
 * (on any error nothing is written), only changed files rewritten, owned files no longer rendered
 * pruned, foreign files left alone.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class GenerateMojo extends ShipshapeMojo {

  /** Skips this goal only. */
  @Parameter(property = "shipshape.generate.skip", defaultValue = "false")
  private boolean skipGenerate;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  Outcome run(Generation generation) throws ToolException {
    return generation.generate();
  }
}
