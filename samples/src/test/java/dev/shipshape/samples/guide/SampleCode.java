package dev.shipshape.samples.guide;

import dev.shipshape.dsl.ManifestSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code define()} method of a sample, read from its source file: the code the guide shows is
 * the code that renders the golden files.
 *
 * <pre>{@code
 * SampleCode code = SampleCode.of(repository, BackendClusterIp.class);
 * code.path(); // samples/src/main/java/dev/shipshape/samples/services/BackendClusterIp.java
 * }</pre>
 *
 * @param path the source file, relative to the repository, '/'-separated
 * @param line the 1-based line where {@code define()} starts (its {@code @Override})
 * @param text the method, its indentation removed, with a trailing newline
 */
public record SampleCode(String path, int line, String text) {

  private static final String SIGNATURE = "public Stack define() {";

  /** The {@code define()} method of {@code source}'s class, from {@code samples/src/main/java}. */
  public static SampleCode of(Path repository, Class<? extends ManifestSource> source) {
    String path = "samples/src/main/java/" + source.getName().replace('.', '/') + ".java";
    List<String> lines;
    try {
      lines = Files.readAllLines(repository.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int signature = -1;
    for (int i = 0; i < lines.size() && signature < 0; i++) {
      if (lines.get(i).strip().equals(SIGNATURE)) {
        signature = i;
      }
    }
    if (signature < 0) {
      throw new IllegalArgumentException(path + " has no '" + SIGNATURE + "'");
    }
    int start = signature > 0 && lines.get(signature - 1).strip().equals("@Override") ? signature - 1 : signature;
    String indent = lines.get(signature).substring(0, lines.get(signature).indexOf(SIGNATURE));
    int end = signature + 1;
    while (end < lines.size() && !lines.get(end).equals(indent + "}")) {
      end++;
    }
    if (end == lines.size()) {
      throw new IllegalArgumentException(path + ": define() does not end at indentation '" + indent + "}'");
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines.subList(start, end + 1)) {
      text.append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip()).append('\n');
    }
    return new SampleCode(path, start + 1, text.toString());
  }
}
