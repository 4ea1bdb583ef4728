package dev.shipshape.dsl;

import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** The class loader of the user's code that called into the DSL, for resources on its class path. */
final class CallerClassLoader {

  private static final String DSL_PACKAGE = CallerClassLoader.class.getPackageName() + ".";
  private static final StackWalker WALKER =
      StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE));

  private CallerClassLoader() {}

  /** The first class loader on the current stack outside the DSL; the DSL's own when there is none. */
  static ClassLoader of() {
    Optional<ClassLoader> caller = WALKER.walk(frames -> {
      Iterator<StackWalker.StackFrame> walked = frames.iterator();
      while (walked.hasNext()) {
        Class<?> type = walked.next().getDeclaringClass();
        if (!type.getName().startsWith(DSL_PACKAGE) && type.getClassLoader() != null) {
          return Optional.of(type.getClassLoader());
        }
      }
      return Optional.empty();
    });
    return caller.orElse(CallerClassLoader.class.getClassLoader());
  }
}
