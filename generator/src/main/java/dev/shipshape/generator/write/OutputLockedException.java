package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another run held the lock on the output directory for longer than this run would wait; nothing
 * was read or written.
 *
 * <pre>{@code
 * try { out.write(files); } catch (OutputLockedException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class OutputLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  OutputLockedException(Path root, String why) {
    super("the output directory " + root + " is locked by another Shipshape run: " + why
        + "; nothing was written. Wait for it to finish and run again (or allow a longer wait: "
        + "CLI --lock-timeout, Maven <lockTimeout>)");
  }
}
