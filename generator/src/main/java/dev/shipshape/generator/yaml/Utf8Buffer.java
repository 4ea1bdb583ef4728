package dev.shipshape.generator.yaml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that {@link YamlEmitter} writes a document's UTF-8 text into, so the
 * text never exists as a {@code String} or {@code StringBuilder} first. Reused for the documents
 * of one {@link CanonicalYaml.Writer}; not thread safe.
 */
final class Utf8Buffer {

  private byte[] bytes = new byte[256];
  private int length;

  /** Empties the buffer, keeping its capacity. */
  void clear() {
    length = 0;
  }

  /** Appends one ASCII character. */
  void append(char ascii) {
    ensure(1);
    bytes[length++] = (byte) ascii;
  }

  /** Appends {@code count} spaces. */
  void appendSpaces(int count) {
    ensure(count);
    Arrays.fill(bytes, length, length + count, (byte) ' ');
    length += count;
  }

  /** Appends bytes already encoded. */
  void append(byte[] encoded) {
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, length, encoded.length);
    length += encoded.length;
  }

  /** Appends {@code text} encoded as UTF-8. */
  void append(String text) {
    append(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A copy of the bytes appended since the last {@link #clear()}. */
  byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
