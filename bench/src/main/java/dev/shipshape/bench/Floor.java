package dev.shipshape.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor: what any generator must pay to write the reference workload's objects — the same
 * objects Shipshape renders, serialized by plain Jackson ({@link YAMLMapper}) and written to the
 * same paths, without validation, lowering, the safe-write protocol or the Markdown companions.
 *
 * <p>The objects are obtained outside the clock: batches of copies are rendered by Shipshape and
 * their YAML files read back into Jackson trees; only serializing and writing them is timed, on
 * every core, like Shipshape's own run.
 *
 * <pre>{@code
 * Fleet.Result floor = Floor.write(1000, Path.of("/dev/shm/floor"));
 * }</pre>
 */
final class Floor {

  private static final int BATCH = 250;

  private Floor() {
  }

  /** Writes the objects of {@code copies} copies below {@code out}; null if rendering fails. */
  static Fleet.Result write(int copies, Path out) throws IOException {
    YAMLMapper mapper = new YAMLMapper();
    Shipshape shipshape = new Shipshape();
    long objects = 0;
    AtomicLong bytes = new AtomicLong();
    long files = 0;
    long timed = 0;
    for (int from = 1; from <= copies; from += BATCH) {
      int to = Math.min(copies, from + BATCH - 1);
      List<Map.Entry<Path, JsonNode>> documents = new ArrayList<>();
      Rendering rendering = shipshape.render(ReferenceWorkload.copies(from, to));
      if (!rendering.succeeded()) {
        System.err.print(rendering.diagnostics().report());
        return null;
      }
      FileSet rendered = rendering.files().orElseThrow();
      for (String path : rendered.paths()) {
        if (isYaml(path)) {
          documents.add(Map.entry(out.resolve(path), mapper.readTree(rendered.bytes(path))));
        }
      }
      objects += rendering.objectCount();
      files += documents.size();
      long start = System.nanoTime();
      documents.parallelStream().forEach(document -> {
        try {
          byte[] yaml = mapper.writeValueAsBytes(document.getValue());
          Files.createDirectories(document.getKey().getParent());
          Files.write(document.getKey(), yaml);
          bytes.addAndGet(yaml.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      timed += System.nanoTime() - start;
    }
    return new Fleet.Result("floor", copies, objects, files, bytes.get(), timed);
  }

  /** Kubernetes objects and kustomize files; not the Markdown companions or the ownership index. */
  private static boolean isYaml(String path) {
    return path.endsWith(".yaml") || path.endsWith("/Kustomization") || path.equals("Kustomization");
  }
}
