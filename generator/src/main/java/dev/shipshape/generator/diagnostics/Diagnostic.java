package dev.shipshape.generator.diagnostics;

import dev.shipshape.dsl.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a stack: which rule, where in the model, what is wrong and how to fix it.
 *
 * <pre>{@code
 * ERROR NET-NODEPORT-RANGE shop/api/service: nodePort 80 is outside 30000-32767 (Shop.java:14)
 *       hint: omit nodePort to let Kubernetes pick one, or choose a port in 30000-32767
 * }</pre>
 *
 * @param rule the rule that produced it
 * @param path where in the model, e.g. {@code shop/api/service}
 * @param message what is wrong: the actual value against the expected one
 * @param hint a concrete way to fix it
 * @param source the user's source line, when known
 */
public record Diagnostic(
    Rule rule, String path, String message, String hint, Optional<SourceLocation> source) {

  public Diagnostic {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(source, "source");
  }

  /** The diagnostic's severity, from its rule. */
  public Severity severity() {
    return rule.severity();
  }

  /** Two lines: the finding and its hint, as printed in build logs and {@code diagnostics.txt}. */
  public String format() {
    String where = source.map(location -> " (" + location + ")").orElse("");
    String label = severity().name();
    return label + " " + rule.id() + " " + path + ": " + message + where + "\n"
        + " ".repeat(label.length() + 1) + "hint: " + hint;
  }
}
