package dev.shipshape.generator;

import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.write.WriteResult;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of {@link Shipshape#write}: the diagnostics and — only when there are no errors —
 * what was written.
 *
 * <pre>{@code
 * Generated generated = new Shipshape().write(stacks, new OutputDirectory(Path.of("deploy")));
 * System.err.print(generated.diagnostics().report());
 * generated.written().ifPresent(result -> System.err.println(result.counts()));
 * }</pre>
 *
 * @param diagnostics every finding, errors and warnings
 * @param objectCount the number of rendered objects over every stack and environment
 * @param written what changed in the output directory; empty when there are errors
 */
public record Generated(Diagnostics diagnostics, int objectCount, Optional<WriteResult> written) {

  public Generated {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(written, "written");
  }

  static Generated failed(Diagnostics diagnostics) {
    return new Generated(diagnostics, 0, Optional.empty());
  }

  static Generated succeeded(Diagnostics diagnostics, int objectCount, WriteResult written) {
    return new Generated(diagnostics, objectCount, Optional.of(written));
  }

  /** Whether rendering succeeded and the directory was written. */
  public boolean succeeded() {
    return written.isPresent();
  }
}
