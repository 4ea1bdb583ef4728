package dev.shipshape.dsl;

import java.util.Optional;

/**
 * Where in the user's code a part of the model was declared, so diagnostics can point at it.
 *
 * <p>Captured automatically by the DSL's factories; users rarely create one themselves.
 *
 * <pre>{@code
 * SourceLocation here = new SourceLocation("Shop.java", 14);
 * here.toString(); // "Shop.java:14"
 * }</pre>
 *
 * @param file the source file name, without directories
 * @param line the 1-based line number
 */
public record SourceLocation(String file, int line) {

  private static final String DSL_PACKAGE = SourceLocation.class.getPackageName() + ".";
  private static final StackWalker WALKER = StackWalker.getInstance();

  /** The first frame on the current stack outside the DSL itself: the user's call site. */
  static Optional<SourceLocation> ofCaller() {
    return WALKER.walk(frames -> frames
        .filter(frame -> !frame.getClassName().startsWith(DSL_PACKAGE))
        .filter(frame -> frame.getFileName() != null && frame.getLineNumber() > 0)
        .findFirst()
        .map(frame -> new SourceLocation(frame.getFileName(), frame.getLineNumber())));
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
