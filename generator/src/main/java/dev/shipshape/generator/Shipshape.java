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
import dev.shipshape.generator.lower.MeshInjection;
import dev.shipshape.generator.hatch.HatchListing;
import dev.shipshape.generator.hatch.UserObjects;
import dev.shipshape.generator.patch.UserPatches;
import dev.shipshape.generator.transform.RenderedObjects;
import dev.shipshape.generator.transform.TransformStage;
import dev.shipshape.generator.validate.Validator;
import dev.shipshape.generator.network.TrafficModel;
import dev.shipshape.generator.network.TrafficPicture;
import dev.shipshape.generator.yaml.CanonicalYaml;
import dev.shipshape.generator.write.OutputDirectory;
import dev.shipshape.generator.write.StagedWrite;
import dev.shipshape.generator.write.WriteConflictException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The library entry point: validates stacks and every environment they declare, lowers them to
 * Kubernetes objects and arranges them in a repository layout as canonical YAML files in memory — plus, beside each
 * rendered stack, its traffic picture and, for a stack with backups, its restore drills, the Velero
 * chart's values and a README; and, for a stack delivered with a Helm chart, the chart in
 * {@code .charts/<stack>/}.
 * {@link #render} touches no disk (write or check its files with {@link OutputDirectory});
 * {@link #write} renders straight into an output directory, file by file, for fleets too large to
 * hold in memory. Stacks are validated and rendered independently, on every core.
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
  private final TransformStage transforms =
      TransformStage.of(List.of(new MeshInjection(), new UserObjects(), new UserPatches()));
  private final Optional<OutputLayout> layout;
  private final Optional<Set<String>> environments;
  private final boolean parallel;

  /** A generator using each stack's own layout (the default: environment directories). */
  public Shipshape() {
    this(Optional.empty(), Optional.empty(), true);
  }

  private Shipshape(Optional<OutputLayout> layout, Optional<Set<String>> environments, boolean parallel) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.environments = Objects.requireNonNull(environments, "environments");
    this.parallel = parallel;
  }

  /** The same generator arranging every stack in {@code layout}, whatever the stack chose. */
  public Shipshape withLayout(OutputLayout layout) {
    return new Shipshape(Optional.of(layout), environments, parallel);
  }

  /**
   * The same generator rendering only the environments called {@code names} (stacks without
   * environments still render; a stack declaring none of them renders nothing).
   */
  public Shipshape onlyEnvironments(Collection<String> names) {
    return new Shipshape(layout, Optional.of(Set.copyOf(names)), parallel);
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
   * <p>Each stack is validated, lowered and written to YAML independently, on every core unless
   * {@link #sequential()}; the results are put together in input order, so the output is the same
   * byte for byte either way.
   *
   * @throws IllegalArgumentException when two stacks would write the same file (same name twice)
   */
  public Rendering render(List<Stack> stacks) {
    Diagnostics diagnostics = validate(stacks);
    if (diagnostics.hasErrors()) {
      return Rendering.failed(diagnostics);
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    Produced produced = produce(stacks, (path, bytes) -> {
      synchronized (files) {
        if (files.putIfAbsent(path, bytes) != null) {
          throw new IllegalArgumentException("two files at " + path + "; every file needs its own path");
        }
      }
    });
    Diagnostics all = produced.addTo(diagnostics);
    if (all.hasErrors()) {
      return Rendering.failed(all);
    }
    return Rendering.succeeded(all, () -> stacks.stream().map(this::lower).toList(),
        FileSet.ofBytes(files), produced.objects());
  }

  /**
   * Validates {@code stacks} and, without an error, renders them straight into {@code output}:
   * each file is staged as soon as it is rendered, so the output is never held in memory whole,
   * and the directory changes only when everything rendered (see {@link StagedWrite}). The same
   * files as {@code output.write(render(stacks).files().get())}, for any number of stacks.
   *
   * <pre>{@code
   * Generated generated = new Shipshape().write(stacks, new OutputDirectory(Path.of("deploy")));
   * System.err.print(generated.diagnostics().report());
   * generated.written().ifPresent(result -> System.err.println(result.counts()));
   * }</pre>
   *
   * @throws IllegalArgumentException when two stacks would write the same file (same name twice)
   * @throws WriteConflictException when a rendered path cannot be written (a foreign file, a
   *     symbolic link, …); nothing is written then
   */
  public Generated write(List<Stack> stacks, OutputDirectory output) throws IOException {
    Diagnostics diagnostics = validate(stacks);
    if (diagnostics.hasErrors()) {
      return Generated.failed(diagnostics);
    }
    try (StagedWrite write = output.begin()) {
      Produced produced;
      try {
        produced = produce(stacks, (path, bytes) -> {
          try {
            write.stage(path, ByteBuffer.wrap(bytes));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Diagnostics all = produced.addTo(diagnostics);
      if (all.hasErrors()) {
        return Generated.failed(all);   // closing the write discards what was staged
      }
      return Generated.succeeded(all, produced.objects(), write.commit());
    }
  }

  /** Every finding over {@code stacks} (each validated on its own, on every core), in input order. */
  private Diagnostics validate(List<Stack> stacks) {
    List<Diagnostic> findings = new ArrayList<>();
    eachInOrder(stacks, stack -> validator.validate(stack, selected(stack)).all())
        .forEach(findings::addAll);
    return new Diagnostics(findings);
  }

  /**
   * What producing the files found: the number of objects and what the transform stage reported
   * (a patch that missed is an error: then the files are not to be used).
   */
  private record Produced(int objects, List<Diagnostic> findings) {

    /** {@code validation}'s diagnostics followed by the transforms' findings. */
    Diagnostics addTo(Diagnostics validation) {
      if (findings.isEmpty()) {
        return validation;
      }
      List<Diagnostic> all = new ArrayList<>(validation.all());
      all.addAll(findings);
      return new Diagnostics(all);
    }
  }

  /**
   * Renders {@code stacks} file by file into {@code sink} (called from several threads, in no
   * particular order; it refuses a path twice) and returns the number of objects and the transforms'
   * findings. Stacks render independently; the {@code Kustomization} files that span them come last.
   */
  private Produced produce(List<Stack> stacks, BiConsumer<String, byte[]> sink) {
    Set<String> names = new HashSet<>();
    for (Stack stack : stacks) {
      if (!names.add(stack.name())) {
        throw new IllegalArgumentException("two stacks are named '" + stack.name()
            + "'; they would write the same files");
      }
    }
    // One YAML writer per thread, reused for every stack the thread renders: the values repeated
    // from stack to stack (images, ports, policies) are then decided once, not once per stack.
    CanonicalYaml.Keys keys = CanonicalYaml.keys();
    Map<Thread, CanonicalYaml.Writer> writers = new ConcurrentHashMap<>();
    Supplier<CanonicalYaml.Writer> writerOfThisThread = () ->
        writers.computeIfAbsent(Thread.currentThread(), thread -> CanonicalYaml.writer(keys));
    List<Outline> parts = eachInOrder(stacks, stack -> {
      StackFiles files = files(stack, writerOfThisThread.get());
      // In path order, so that the sink (a StagedWrite) receives sorted runs.
      SortedMap<String, byte[]> all = new TreeMap<>(files.documents());
      merge(all, files.companions());
      all.forEach(sink);
      return new Outline(List.copyOf(files.documents().keySet()), files.kustomizeRoots(), files.objectCount(),
          files.findings());
    });
    Set<String> roots = new HashSet<>();
    int objects = 0;
    List<Diagnostic> findings = new ArrayList<>();
    for (Outline part : parts) {
      roots.addAll(part.kustomizeRoots());
      objects += part.objectCount();
      findings.addAll(part.findings());
    }
    Kustomizations.Tree tree = new Kustomizations.Tree();
    each(parts, part -> tree.add(Kustomizations.listing(part.documents(), roots)));
    List<Map.Entry<String, SortedSet<String>>> kustomizations = new ArrayList<>(tree.missingResources().entrySet());
    each(kustomizations, file -> sink.accept(file.getKey(),
        writerOfThisThread.get().writeUtf8(Kustomizations.of(file.getValue()))));
    return new Produced(objects, findings);
  }

  /**
   * One stack's share of the output: its YAML documents (layout and GitOps objects), the
   * directories it wants {@code Kustomization} files below, and the files no kustomize build
   * picks up: the companions beside it and its Helm chart.
   */
  private record StackFiles(SortedMap<String, byte[]> documents, List<String> kustomizeRoots,
      Map<String, byte[]> companions, int objectCount, List<Diagnostic> findings) {}

  /** What is kept of a stack's files while the others render: the paths, not the bytes. */
  private record Outline(List<String> documents, List<String> kustomizeRoots, int objectCount,
      List<Diagnostic> findings) {}

  private StackFiles files(Stack stack, CanonicalYaml.Writer yaml) {
    RenderedStack result = lower(stack);
    OutputLayout stackLayout = layout.orElseGet(() ->
        Layouts.of(stack.delivery().map(Delivery::layout).orElse(Layout.ENVIRONMENT_DIRECTORIES)));
    SortedMap<String, byte[]> documents = new TreeMap<>();
    merge(documents, yaml(stackLayout.arrange(result), yaml));
    stack.delivery().ifPresent(delivery ->
        merge(documents, yaml(GitOpsObjects.arrange(result, stackLayout, delivery), yaml)));
    Map<String, byte[]> companions = new LinkedHashMap<>();
    stackLayout.stackDirectories(result).forEach((directory, environment) ->
        companions.putAll(companions(directory, environment, yaml)));
    stack.delivery().flatMap(Delivery::helmChart).ifPresent(chart ->
        HelmChartFiles.render(result, chart).forEach((path, text) -> companions.put(path, utf8(text))));
    return new StackFiles(documents, stackLayout.kustomizeRoots(result), companions, result.objectCount(),
        result.findings());
  }

  /**
   * The files beside a rendered stack that are never applied with it: the traffic picture and, with
   * backups, the restore drills, the Velero chart's values and the README. The traffic picture ends
   * with the list of escape hatches the rendering uses, if any.
   */
  private static Map<String, byte[]> companions(String directory, RenderedEnvironment environment,
      CanonicalYaml.Writer yaml) {
    Stack stack = environment.stack();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(directory + "/" + TrafficPicture.FILE, utf8(TrafficPicture.render(TrafficModel.of(stack))
        + HatchListing.render(environment.findings())));
    BackupArtifacts.documents(stack).forEach((path, document) ->
        files.put(directory + "/" + path, yaml.writeUtf8(document)));
    StackReadme.render(stack, BackupArtifacts.VALUES_PATH)
        .ifPresent(readme -> files.put(directory + "/" + StackReadme.PATH, utf8(readme)));
    return files;
  }

  /** A sequential generator: renders on the calling thread only (the output is the same). */
  public Shipshape sequential() {
    return new Shipshape(layout, environments, false);
  }

  /** {@code work} done for each item, in parallel when allowed, in no particular order. */
  private <T> void each(List<T> items, Consumer<T> work) {
    (parallel && items.size() > 1 ? items.parallelStream() : items.stream()).forEach(work);
  }

  /** {@code work} applied to each item, in parallel when allowed; results in input order. */
  private <T, R> List<R> eachInOrder(List<T> items, Function<T, R> work) {
    return parallel && items.size() > 1
        ? items.parallelStream().map(work).toList()
        : items.stream().map(work).toList();
  }

  private static SortedMap<String, byte[]> yaml(SortedMap<String, JsonNode> documents, CanonicalYaml.Writer yaml) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    documents.forEach((path, document) -> files.put(path, yaml.writeUtf8(document)));
    return files;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<Environment> selected(Stack stack) {
    return stack.environments().stream()
        .filter(e -> environments.map(names -> names.contains(e.name())).orElse(true))
        .toList();
  }

  /**
   * {@code declared} rendered as declared and in each selected environment, from its copy in name
   * order: the order apps and environments are declared in carries no meaning, so it must not change
   * a byte of the output (traffic pictures, overlay patches, chart values). Validation still sees the
   * declared order, so findings follow the source.
   */
  private RenderedStack lower(Stack declared) {
    Stack stack = declared.inNameOrder();
    RenderedEnvironment base = lower(Optional.empty(), stack);
    List<RenderedEnvironment> deployed = new ArrayList<>();
    for (Environment environment : selected(stack)) {
      deployed.add(lower(Optional.of(environment.name()), stack.forEnvironment(environment)));
    }
    return new RenderedStack(stack, base, deployed);
  }

  /** {@code stack} lowered, then run through the transform stage. */
  private RenderedEnvironment lower(Optional<String> environment, Stack stack) {
    RenderedObjects objects = new RenderedObjects(stack, environment, lowering.lower(stack));
    transforms.apply(objects);
    return new RenderedEnvironment(environment, stack, objects.all(), objects.findings());
  }

  private static void merge(SortedMap<String, byte[]> into, Map<String, byte[]> files) {
    files.forEach((path, bytes) -> {
      if (into.putIfAbsent(path, bytes) != null) {
        throw new IllegalArgumentException("two files at " + path + "; every file needs its own path");
      }
    });
  }
}
