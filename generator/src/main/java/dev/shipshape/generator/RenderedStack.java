package dev.shipshape.generator;

import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A stack rendered for every environment that was asked for, plus the stack as declared (the base
 * that environments override; the kustomize layout renders it as {@code base/}).
 *
 * <pre>{@code
 * RenderedStack shop = rendering.stacks().get(0);
 * shop.deployed(); // dev, staging, prod — or just the base when the stack declares no environments
 * }</pre>
 *
 * @param declared the stack as the user wrote it
 * @param base the declared stack, rendered without environment
 * @param environments the rendered environments, in declaration order
 */
public record RenderedStack(Stack declared, RenderedEnvironment base, List<RenderedEnvironment> environments) {

  public RenderedStack {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(base, "base");
    environments = List.copyOf(environments);
  }

  /** What gets deployed: the environments, or the base alone for a stack without environments. */
  public List<RenderedEnvironment> deployed() {
    return declared.environments().isEmpty() ? List.of(base) : environments;
  }

  /**
   * What the transform stage reported over the base and every environment, each finding once: a
   * finding of an environment ({@code shop@prod/…}) that the base has too ({@code shop/…}) is the
   * base's (a patch that misses in every environment is one finding).
   */
  public List<Diagnostic> findings() {
    Set<Diagnostic> findings = new LinkedHashSet<>(base.findings());
    for (RenderedEnvironment environment : environments) {
      String prefix = declared.name() + "@" + environment.name().orElseThrow() + "/";
      for (Diagnostic finding : environment.findings()) {
        Diagnostic asInBase = finding.path().startsWith(prefix)
            ? new Diagnostic(finding.rule(), declared.name() + "/" + finding.path().substring(prefix.length()),
                finding.message(), finding.hint(), finding.source())
            : finding;
        if (!base.findings().contains(asInBase)) {
          findings.add(finding);
        }
      }
    }
    return List.copyOf(findings);
  }

  /** The number of objects over everything deployed. */
  public int objectCount() {
    return deployed().stream().mapToInt(e -> e.manifests().size()).sum();
  }
}
