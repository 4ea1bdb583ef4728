package dev.shipshape.generator;

import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.diagnostics.Diagnostics;
import dev.shipshape.generator.backup.StackReadme;
import dev.shipshape.generator.layout.OutputLayout;
import dev.shipshape.generator.layout.PerAppLayout;
import dev.shipshape.generator.lower.BackupArtifacts;
import dev.shipshape.generator.lower.Lowering;
import dev.shipshape.generator.lower.Manifest;
import dev.shipshape.generator.validate.Validator;
import dev.shipshape.generator.yaml.CanonicalYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The library entry point: validates a stack, lowers it to Kubernetes objects and renders them as
 * canonical YAML files in memory — plus, for a stack with backups, its restore drills, the Velero
 * chart's values and a README. Nothing touches the disk until you call
 * {@link FileSet#writeTo(java.nio.file.Path)}.
 *
 * <pre>{@code
 * Rendering rendering = new Shipshape().render(new Shop().define());
 * System.err.print(rendering.diagnostics().report());
 * if (rendering.succeeded()) {
 *   rendering.files().get().writeTo(Path.of("manifests"));
 * }
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Shipshape {

  private final Validator validator = new Validator();
  private final Lowering lowering = new Lowering();
  private final OutputLayout layout;

  /** A generator with the default {@link PerAppLayout}. */
  public Shipshape() {
    this(new PerAppLayout());
  }

  private Shipshape(OutputLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  /** The same generator writing files in {@code layout}. */
  public Shipshape withLayout(OutputLayout layout) {
    return new Shipshape(layout);
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
    Diagnostics diagnostics = validator.validate(stack);
    if (diagnostics.hasErrors()) {
      return new Rendering(diagnostics, List.of(), Optional.empty());
    }
    List<Manifest> manifests = lowering.lower(stack);
    Map<String, String> texts = new LinkedHashMap<>();
    for (Manifest manifest : manifests) {
      put(texts, layout.pathOf(stack, manifest), CanonicalYaml.write(manifest.body()));
    }
    String directory = stack.name() + "/";
    BackupArtifacts.documents(stack).forEach((path, document) ->
        put(texts, directory + path, CanonicalYaml.write(document)));
    StackReadme.render(stack, BackupArtifacts.VALUES_PATH)
        .ifPresent(readme -> put(texts, directory + StackReadme.PATH, readme));
    return new Rendering(diagnostics, manifests, Optional.of(FileSet.ofTexts(texts)));
  }

  private static void put(Map<String, String> texts, String path, String text) {
    if (texts.putIfAbsent(path, text) != null) {
      throw new IllegalStateException("two files at " + path + "; layouts must give every object its own file");
    }
  }
}
