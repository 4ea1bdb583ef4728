package dev.shipshape.bench;

import dev.shipshape.generator.FileSet;
import dev.shipshape.generator.Rendering;
import dev.shipshape.generator.Shipshape;
import dev.shipshape.generator.write.OutputDirectory;
import java.nio.file.Path;

public final class Fleet {
  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Rendering rendering = new Shipshape().render(ReferenceWorkload.copies(n));
    long rendered = System.nanoTime();
    FileSet files = rendering.files().orElseThrow();
    new OutputDirectory(out).write(files);
    long end = System.nanoTime();
    System.out.printf("copies=%d objects=%d files=%d render_ms=%d wall_ms=%d%n", n, rendering.objectCount(), files.size(), (rendered-start)/1000000, (end - start) / 1_000_000);
  }
}
