package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.SourceLocation;
import dev.shipshape.dsl.Stack;
import java.util.Optional;

/**
 * The place a finding is about: its model path, the app whose suppressions apply, and the user's
 * source line.
 *
 * @param path the model path, e.g. {@code shop/api/service}
 * @param app the app the finding belongs to, if any
 * @param source the user's source line, when known
 */
record Where(String path, Optional<App> app, Optional<SourceLocation> source) {

  /** Something of the stack itself, e.g. {@code where(stack, "namespace")}. */
  static Where stack(Stack stack, String aspect) {
    return new Where(stack.name() + "/" + aspect, Optional.empty(), stack.source());
  }

  /** Something of an environment, e.g. {@code environment(stack, prod, "name")} → {@code shop@prod/name}. */
  static Where environment(Stack stack, Environment environment, String aspect) {
    return new Where(stack.name() + "@" + environment.name() + "/" + aspect, Optional.empty(),
        environment.source());
  }

  /** An aspect of an app, e.g. {@code app(stack, api, "image")} → {@code shop/api/image}. */
  static Where app(Stack stack, App app, String aspect) {
    return new Where(stack.name() + "/" + app.name() + "/" + aspect, Optional.of(app), app.source());
  }

  /** The same place, pointing at a more precise source line when one is known. */
  Where at(Optional<SourceLocation> preciseSource) {
    return preciseSource.isPresent() ? new Where(path, app, preciseSource) : this;
  }
}
