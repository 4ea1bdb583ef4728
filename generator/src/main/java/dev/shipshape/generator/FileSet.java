package dev.shipshape.generator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rendered files in memory: '/'-separated relative paths to their bytes, sorted by path. Written
 * or checked against a directory by {@link dev.shipshape.generator.write.OutputDirectory}.
 *
 * <pre>{@code
 * FileSet files = rendering.files().orElseThrow();
 * files.text("prod/shop/web/deployment.yaml");
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

  /** A file set of {@code files}, which it takes over (callers must not change them afterwards). */
  static FileSet ofBytes(SortedMap<String, byte[]> files) {
    return new FileSet(files);
  }

  /** The relative paths, sorted. */
  public Set<String> paths() {
    return Collections.unmodifiableSet(files.keySet());
  }

  /** The bytes of the file at {@code path}. */
  public byte[] bytes(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new IllegalArgumentException("no file " + path + " in this file set");
    }
    return bytes.clone();
  }

  /** The bytes of the file at {@code path}, read-only and without a copy. */
  public ByteBuffer buffer(String path) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      throw new IllegalArgumentException("no file " + path + " in this file set");
    }
    return ByteBuffer.wrap(bytes).asReadOnlyBuffer();
  }

  /** The text of the file at {@code path}. */
  public String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** How many files there are. */
  public int size() {
    return files.size();
  }
}
