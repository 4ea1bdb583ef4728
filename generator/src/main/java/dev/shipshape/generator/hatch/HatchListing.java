package dev.shipshape.generator.hatch;

import dev.shipshape.generator.diagnostics.Diagnostic;
import java.util.List;

/**
 * The section of a stack's traffic picture ({@code traffic.md}, the one page a reviewer reads for
 * every stack and environment) that lists what bypasses the model: every {@code HATCH-USED}
 * finding of the rendering (user objects, includes, peers, patches), with the user's source line.
 * Nothing when no hatch is used.
 *
 * <pre>{@code
 * String section = HatchListing.render(renderedEnvironment.findings());
 * // ## Not modelled by Shipshape
 * // - ServiceMonitor/api is added as it is, from inline YAML line 1; … (Shop.java:29)
 * }</pre>
 */
public final class HatchListing {

  private HatchListing() {}

  /** The Markdown section, starting with a blank line and ending with a newline; empty without hatches. */
  public static String render(List<Diagnostic> findings) {
    List<Diagnostic> uses = findings.stream().filter(f -> f.rule().id().equals(HatchRules.USED.id())).toList();
    if (uses.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("\n## Not modelled by Shipshape\n\n")
        .append("Escape hatches this rendering uses. Shipshape places these objects and changes like its own,")
        .append(" but does not\nvalidate their content: review them as you would hand-written YAML.\n\n");
    for (Diagnostic use : uses) {
      text.append("- ").append(use.message())
          .append(use.source().map(source -> " (" + source + ")").orElse("")).append('\n');
    }
    return text.toString();
  }
}
