package dev.shipshape.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipshape.dsl.Delivery;
import dev.shipshape.dsl.Environment;
import dev.shipshape.dsl.Layout;
import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostic;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.helm.HelmChartFiles;
import dev.shipshape.generator.layout.GitOpsObjects;
import dev.shipshape.generator.layout.Kustomizations;
import dev.shipshape.generator.layout.Layouts;
import dev.shipshape.generator.layout.OutputLayout;
import dev.shipshape.generator.backup.StackReadme;
import dev.shipshape.generator.lower.BackupArtifacts;
import dev.shipshape.generator.lower.Lowering;
import dev.shipshape.generator.validate.Validator;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.network.TrafficPicture;
import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The library entry point: validates stacks and every environment they declare, lowers them to
 * Kubernetes objects and arranges them in a repository layout as canonical YAML files in memory — plus, beside each
 * rendered stack, its traffic picture and, for a stack with backups, its restore drills, the Velero
 * chart's values and a README; and, for a stack delivered with a Helm chart, the chart in
 * {@code .charts/<stack>/}.
 * Nothing touches the disk; write or check the files with
 * {@link dev.shipshape.generator.write.OutputDirectory}.
 *
 * <pre>{@code
 * Rendering rendering = new Shipshape().render(new Shop().define());
 * System.err.print(rendering.diagnostics().report());
 * if (rendering.succeeded()) {
 *   new OutputDirectory(Path.of("deploy")).write(rendering.files().get());
 * }
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Shipshape {

  private final Validator validator = new Validator();
  private final Lowering lowering = new Lowering();
  private final Optional<OutputLayout> layout;
  private final Optional<Set<String>> environments;

  /** A generator using each stack's own layout (the default: environment directories). */
  public Shipshape() {
    this(Optional.empty(), Optional.empty());
  }

  private Shipshape(Optional<OutputLayout> layout, Optional<Set<String>> environments) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.environments = Objects.requireNonNull(environments, "environments");
  }

  /** The same generator arranging every stack in {@code layout}, whatever the stack chose. */
  public Shipshape withLayout(OutputLayout layout) {
    return new Shipshape(Optional.of(layout), environments);
  }

  /**
   * The same generator rendering only the environments called {@code names} (stacks without
   * environments still render; a stack declaring none of them renders nothing).
   */
  public Shipshape onlyEnvironments(Collection<String> names) {
    return new Shipshape(layout, Optional.of(Set.copyOf(names)));
  }

  /** The validator this generator uses, e.g. to list its rules. */
  public Validator validator() {
    return validator;
  }

  /** Renders the stack {@code source} defines. */
  public Rendering render(ManifestSource source) {
    return render(source.define());
  }

  /** Validates and renders {@code stack}; on any error, returns the diagnostics and no files. */
  public Rendering render(Stack stack) {
    return render(List.of(stack));
  }

  /**
   * Validates and renders {@code stacks} into one output tree; on any error in any of them, returns
   * every diagnostic and no files.
   *
   * @throws IllegalArgumentException when two stacks would write the same file (same name twice)
   */
  public Rendering render(List<Stack> stacks) {
    List<Diagnostic> findings = new ArrayList<>();
    for (Stack stack : stacks) {
      findings.addAll(validator.validate(stack, selected(stack)).all());
    }
    Diagnostics diagnostics = new Diagnostics(findings);
    if (diagnostics.hasErrors()) {
      return new Rendering(diagnostics, List.of(), Optional.empty());
    }
    List<RenderedStack> rendered = new ArrayList<>();
    SortedMap<String, JsonNode> tree = new TreeMap<>();
    Set<String> roots = new TreeSet<>();
    Set<String> names = new HashSet<>();
    Map<String, RenderedEnvironment> stackDirectories = new TreeMap<>();
    Map<String, String> charts = new TreeMap<>();
    for (Stack stack : stacks) {
      if (!names.add(stack.name())) {
        throw new IllegalArgumentException("two stacks are named '" + stack.name()
            + "'; they would write the same files");
      }
      RenderedStack result = lower(stack);
      rendered.add(result);
      OutputLayout stackLayout = layout.orElseGet(() ->
          Layouts.of(stack.delivery().map(Delivery::layout).orElse(Layout.ENVIRONMENT_DIRECTORIES)));
      merge(tree, stackLayout.arrange(result));
      stack.delivery().ifPresent(delivery ->
          merge(tree, GitOpsObjects.arrange(result, stackLayout, delivery)));
      stack.delivery().flatMap(Delivery::helmChart)
          .ifPresent(chart -> charts.putAll(HelmChartFiles.render(result, chart)));
      roots.addAll(stackLayout.kustomizeRoots(result));
      stackDirectories.putAll(stackLayout.stackDirectories(result));
    }
    Kustomizations.complete(tree, roots);
    Map<String, String> texts = new LinkedHashMap<>();
    tree.forEach((path, document) -> texts.put(path, CanonicalYaml.write(document)));
    stackDirectories.forEach((directory, environment) -> texts.putAll(companions(directory, environment.stack())));
    texts.putAll(charts);
    return new Rendering(diagnostics, rendered, Optional.of(FileSet.ofTexts(texts)));
  }

  /**
   * The files beside a rendered stack that are never applied with it: the traffic picture and, with
   * backups, the restore drills, the Velero chart's values and the README.
   */
  private static Map<String, String> companions(String directory, Stack stack) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(directory + "/" + TrafficPicture.FILE, TrafficPicture.render(TrafficModel.of(stack)));
    BackupArtifacts.documents(stack).forEach((path, document) ->
        files.put(directory + "/" + path, CanonicalYaml.write(document)));
    StackReadme.render(stack, BackupArtifacts.VALUES_PATH)
        .ifPresent(readme -> files.put(directory + "/" + StackReadme.PATH, readme));
    return files;
  }

  private List<Environment> selected(Stack stack) {
    return stack.environments().stream()
        .filter(e -> environments.map(names -> names.contains(e.name())).orElse(true))
        .toList();
  }

  private RenderedStack lower(Stack stack) {
    RenderedEnvironment base = new RenderedEnvironment(Optional.empty(), stack, lowering.lower(stack));
    List<RenderedEnvironment> deployed = new ArrayList<>();
    for (Environment environment : selected(stack)) {
      Stack applied = stack.forEnvironment(environment);
      deployed.add(new RenderedEnvironment(Optional.of(environment.name()), applied,
          lowering.lower(applied)));
    }
    return new RenderedStack(stack, base, deployed);
  }

  private static void merge(SortedMap<String, JsonNode> tree, SortedMap<String, JsonNode> files) {
    files.forEach((path, document) -> {
      if (tree.putIfAbsent(path, document) != null) {
        throw new IllegalArgumentException("two stacks would both write " + path);
      }
    });
  }
}
