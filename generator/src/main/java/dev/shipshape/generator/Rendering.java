package dev.shipshape.generator;

import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.lower.Manifest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of rendering one stack: the diagnostics, and — only when there are no errors — the
 * rendered objects and files.
 *
 * <pre>{@code
 * Rendering rendering = new Shipshape().render(stack);
 * System.err.print(rendering.diagnostics().report());
 * rendering.files().ifPresent(files -> files.writeTo(out));
 * }</pre>
 *
 * @param diagnostics every finding, errors and warnings
 * @param manifests the rendered objects; empty when there are errors
 * @param files the rendered files; empty when there are errors
 */
public record Rendering(Diagnostics diagnostics, List<Manifest> manifests, Optional<FileSet> files) {

  public Rendering {
    Objects.requireNonNull(diagnostics, "diagnostics");
    manifests = List.copyOf(manifests);
    Objects.requireNonNull(files, "files");
  }

  /** Whether rendering succeeded: no errors, files present. */
  public boolean succeeded() {
    return files.isPresent();
  }
}
