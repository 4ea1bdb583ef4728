package dev.shipshape.generator;

import dev.shipshape.generator.diagnostics.Diagnostics;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

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
 * <p>The files are kept as bytes; the object trees behind them are not kept (for a large fleet they
 * would take several times the memory of the files): {@link #stacks()} lowers the stacks again on
 * first use, which gives the same objects, since lowering is deterministic.
 */
public final class Rendering {

  private final Diagnostics diagnostics;
  private final Supplier<List<RenderedStack>> lowering;
  private final Optional<FileSet> files;
  private final int objectCount;
  private List<RenderedStack> stacks;

  private Rendering(Diagnostics diagnostics, Supplier<List<RenderedStack>> lowering,
      Optional<FileSet> files, int objectCount) {
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    this.lowering = Objects.requireNonNull(lowering, "lowering");
    this.files = Objects.requireNonNull(files, "files");
    this.objectCount = objectCount;
  }

  /** A failed rendering: diagnostics with errors, no stacks, no files. */
  static Rendering failed(Diagnostics diagnostics) {
    return new Rendering(diagnostics, List::of, Optional.empty(), 0);
  }

  /** A successful rendering of {@code objectCount} objects; {@code lowering} gives their stacks. */
  static Rendering succeeded(Diagnostics diagnostics, Supplier<List<RenderedStack>> lowering,
      FileSet files, int objectCount) {
    return new Rendering(diagnostics, lowering, Optional.of(files), objectCount);
  }

  /** Every finding, errors and warnings. */
  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** The rendered stacks, in input order; empty when there are errors. Lowered on first use. */
  public synchronized List<RenderedStack> stacks() {
    if (stacks == null) {
      stacks = List.copyOf(lowering.get());
    }
    return stacks;
  }

  /** The rendered files; empty when there are errors. */
  public Optional<FileSet> files() {
    return files;
  }

  /** Whether rendering succeeded: no errors, files present. */
  public boolean succeeded() {
    return files.isPresent();
  }

  /** The number of rendered objects over every stack and environment. */
  public int objectCount() {
    return objectCount;
  }
}
