package dev.shipshape.generator;

import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of rendering: the diagnostics, and — only when there are no errors — the rendered
 * stacks (every environment's objects) and the complete file set of the output directory.
 *
 * <pre>{@code
 * Rendering rendering = new Shipshape().render(stack);
 * System.err.print(rendering.diagnostics().report());
 * rendering.files().ifPresent(files -> new OutputDirectory(out).write(files));
 * }</pre>
 *
 * @param diagnostics every finding, errors and warnings
 * @param stacks the rendered stacks; empty when there are errors
 * @param files the rendered files; empty when there are errors
 */
public record Rendering(Diagnostics diagnostics, List<RenderedStack> stacks, Optional<FileSet> files) {

  public Rendering {
    Objects.requireNonNull(diagnostics, "diagnostics");
    stacks = List.copyOf(stacks);
    Objects.requireNonNull(files, "files");
  }

  /** Whether rendering succeeded: no errors, files present. */
  public boolean succeeded() {
    return files.isPresent();
  }

  /** The number of rendered objects over every stack and environment. */
  public int objectCount() {
    return stacks.stream().mapToInt(RenderedStack::objectCount).sum();
  }
}
