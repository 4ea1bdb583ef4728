package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A process of its own that writes variant {@code V} of a tree into a directory, for
 * {@link ConcurrentWriteTest}: {@code java ConcurrentWriter DIR V}. Exits 0 when written.
 */
final class ConcurrentWriter {

  private ConcurrentWriter() {}

  /** Variant {@code variant}: the same 600 paths in every variant (some only in odd ones), its own bytes. */
  static FileSet variant(int variant) {
    Map<String, String> texts = new TreeMap<>();
    for (int i = 0; i < 600; i++) {
      if (i % 7 != 0 || variant % 2 == 1) {
        texts.put("env-" + (i % 3) + "/stack-" + (i % 10) + "/file-" + i + ".yaml", "variant: " + variant + "\nfile: " + i + "\n");
      }
    }
    return FileSet.ofTexts(texts);
  }

  public static void main(String[] args) throws IOException {
    new OutputDirectory(Path.of(args[0])).write(variant(Integer.parseInt(args[1])));
  }
}
