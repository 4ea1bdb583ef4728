package dev.shipshape.maven;

import dev.shipshape.generator.tool.Generation;
import dev.shipshape.generator.tool.Outcome;
import dev.shipshape.generator.tool.ToolException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Renders the project's stacks in memory and fails the build when the output directory differs:
 * every missing, changed (with a short diff) and stale file is listed, with the command that fixes
 * it. Writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class CheckMojo extends ShipshapeMojo {

  /** Skips this goal only. */
  @Parameter(property = "shipshape.check.skip", defaultValue = "false")
  private boolean skipCheck;

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean skipGoal() {
    return skipCheck;
  }

  @Override
  Outcome run(Generation generation) throws ToolException {
    return generation.check();
  }
}
