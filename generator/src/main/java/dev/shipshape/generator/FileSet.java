package dev.shipshape.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rendered files in memory: '/'-separated relative paths to their bytes, sorted by path.
 *
 * <pre>{@code
 * FileSet files = rendering.files().orElseThrow();
 * files.writeTo(Path.of("target/manifests"));
 * }</pre>
 */
public final class FileSet {

  private final SortedMap<String, byte[]> files;

  private FileSet(SortedMap<String, byte[]> files) {
    this.files = files;
  }

  /** A file set of the given texts, encoded as UTF-8. */
  public static FileSet ofTexts(Map<String, String> texts) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    texts.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
    return new FileSet(files);
  }

  /** The relative paths, sorted. */
  public java.util.Set<String> paths() {
    return Collections.unmodifiableSet(files.keySet());
  }

  /** The text of the file at {@code path}. */
  public String text(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new IllegalArgumentException("no file " + path + " in this file set");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** How many files there are. */
  public int size() {
    return files.size();
  }

  /**
   * Writes every file below {@code directory}, creating folders as needed. A file whose bytes are
   * already on disk is left untouched; others are written to a temporary file and renamed into place,
   * so no reader ever sees half a file.
   */
  public void writeTo(Path directory) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey());
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), ".shipshape-", ".tmp");
      Files.write(temporary, file.getValue());
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
