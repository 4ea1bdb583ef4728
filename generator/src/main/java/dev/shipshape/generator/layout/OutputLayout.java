package dev.shipshape.generator.layout;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.lower.Manifest;

/**
 * Decides where each rendered object goes: one replaceable strategy for the whole output tree.
 *
 * <pre>{@code
 * OutputLayout layout = new PerAppLayout();
 * layout.pathOf(stack, deployment); // "shop/web/deployment.yaml"
 * }</pre>
 */
@FunctionalInterface
public interface OutputLayout {

  /** The '/'-separated path, relative to the output directory, of the file holding {@code manifest}. */
  String pathOf(Stack stack, Manifest manifest);

  /** The path of the stack's traffic picture (Markdown with a Mermaid diagram). */
  default String trafficPicturePath(Stack stack) {
    return stack.name() + "/traffic.md";
  }
}
