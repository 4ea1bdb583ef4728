package dev.shipshape.dsl;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

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
    return WALKER.walk(SourceLocation::firstOutsideTheDsl);
  }

  // A loop rather than a stream pipeline: every DSL call comes here, so it is a tenth of the time
  // a program takes to build a large fleet of stacks.
  private static Optional<SourceLocation> firstOutsideTheDsl(Stream<StackWalker.StackFrame> frames) {
    Iterator<StackWalker.StackFrame> walked = frames.iterator();
    while (walked.hasNext()) {
      StackWalker.StackFrame frame = walked.next();
      if (!frame.getClassName().startsWith(DSL_PACKAGE) && frame.getFileName() != null
          && frame.getLineNumber() > 0) {
        return Optional.of(new SourceLocation(frame.getFileName(), frame.getLineNumber()));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
