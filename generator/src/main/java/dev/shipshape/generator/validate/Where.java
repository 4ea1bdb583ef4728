package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.dsl.Stack;
import java.util.Optional;

/**
 * The place a finding is about: its model path, the app whose suppressions apply, and the user's
 * source line. The path is put together only when a finding is reported: checks name a place for
 * every aspect they look at, and most find nothing there.
 *
 * <pre>{@code
 * Where where = Where.app(stack, api, "image");
 * where.path(); // "shop/api/image"
 * }</pre>
 */
final class Where {

  /** The path, or its first part when {@link #middle} and {@link #aspect} are set. */
  private final String start;
  private final String middle;
  private final String aspect;
  private final Optional<App> app;
  private final Optional<SourceLocation> source;

  /**
   * @param path the model path, e.g. {@code shop/api/service}
   * @param app the app the finding belongs to, if any
   * @param source the user's source line, when known
   */
  Where(String path, Optional<App> app, Optional<SourceLocation> source) {
    this(path, null, null, app, source);
  }

  private Where(String start, String middle, String aspect, Optional<App> app, Optional<SourceLocation> source) {
    this.start = start;
    this.middle = middle;
    this.aspect = aspect;
    this.app = app;
    this.source = source;
  }

  /** Something of the stack itself, e.g. {@code where(stack, "namespace")}. */
  static Where stack(Stack stack, String aspect) {
    return new Where(stack.name(), null, aspect, Optional.empty(), stack.source());
  }

  /** Something of an environment, e.g. {@code environment(stack, prod, "name")} → {@code shop@prod/name}. */
  static Where environment(Stack stack, Environment environment, String aspect) {
    return new Where(stack.name() + "@" + environment.name(), null, aspect, Optional.empty(),
        environment.source());
  }

  /** An aspect of an app, e.g. {@code app(stack, api, "image")} → {@code shop/api/image}. */
  static Where app(Stack stack, App app, String aspect) {
    return new Where(stack.name(), app.name(), aspect, Optional.of(app), app.source());
  }

  /** The same place, pointing at a more precise source line when one is known. */
  Where at(Optional<SourceLocation> preciseSource) {
    return preciseSource.isPresent() ? new Where(start, middle, aspect, app, preciseSource) : this;
  }

  /** The model path, e.g. {@code shop/api/service}. */
  String path() {
    if (aspect == null) {
      return start;
    }
    return middle == null ? start + "/" + aspect : start + "/" + middle + "/" + aspect;
  }

  /** The app the finding belongs to, if any. */
  Optional<App> app() {
    return app;
  }

  /** The user's source line, when known. */
  Optional<SourceLocation> source() {
    return source;
  }
}
