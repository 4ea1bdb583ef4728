package dev.shipshape.samples.guide;

import java.util.List;
import java.util.TreeSet;

/**
 * A golden file, or the blocks of some of its keys, as the guide shows it. An excerpt keeps the
 * file's lines and indentation: the lines of each block, the lines that hold it, and a
 * {@code # …} comment wherever lines are left out, so it is still YAML.
 *
 * <pre>{@code
 * GoldenExcerpt.of("golden/mysql/mysql/mysql/statefulset.yaml", text, "spec.serviceName,spec.volumeClaimTemplates");
 * }</pre>
 *
 * @param path the golden file, relative to the repository, '/'-separated
 * @param keyPaths the comma-separated dotted keys of the blocks shown, empty for the whole file
 * @param language the code fence's language
 * @param text the excerpt, with a trailing newline
 */
public record GoldenExcerpt(String path, String keyPaths, String language, String text) {

  private static final String ELISION = "# …";

  /**
   * The whole of {@code text} (empty {@code keyPaths}) or the blocks of the keys reached by following
   * each of the comma-separated {@code keyPaths}' dotted keys, each key nested in the one before (a
   * key may start a sequence item, {@code - name:}).
   */
  public static GoldenExcerpt of(String path, String text, String keyPaths) {
    String language = path.endsWith(".md") ? "markdown" : path.endsWith(".txt") ? "text" : "yaml";
    if (keyPaths.isEmpty()) {
      return new GoldenExcerpt(path, keyPaths, language, text);
    }
    List<String> lines = text.lines().toList();
    TreeSet<Integer> shown = new TreeSet<>();
    for (String keyPath : keyPaths.split(",")) {
      select(path, lines, keyPath, shown);
    }
    StringBuilder excerpt = new StringBuilder();
    int previous = -1;
    for (int line : shown) {
      if (line > previous + 1) {
        excerpt.append(" ".repeat(indentation(lines.get(line)))).append(ELISION).append('\n');
      }
      excerpt.append(lines.get(line)).append('\n');
      previous = line;
    }
    if (previous < lines.size() - 1) {
      excerpt.append(ELISION).append('\n');
    }
    return new GoldenExcerpt(path, keyPaths, language, excerpt.toString());
  }

  /** Adds the lines of {@code keyPath}'s block, and the lines that hold it, to {@code shown}. */
  private static void select(String path, List<String> lines, String keyPath, TreeSet<Integer> shown) {
    int from = -1;
    int end = lines.size();
    int keyColumn = -1;
    for (String key : keyPath.split("\\.")) {
      int found = -1;
      for (int i = from + 1; i < end && found < 0; i++) {
        if (keyColumn(lines.get(i), key) > keyColumn) {
          found = i;
        }
      }
      if (found < 0) {
        throw new IllegalArgumentException(path + " has no key path '" + keyPath + "' (missing '" + key + "')");
      }
      from = found;
      keyColumn = keyColumn(lines.get(found), key);
      end = blockEnd(lines, found, keyColumn, end);
    }
    for (int i = from; i < end; i++) {
      shown.add(i);
    }
    addAncestors(lines, from, shown);
  }

  /**
   * Adds the lines that hold {@code line}: each earlier line indented less, and the key of a
   * sequence, which is indented as much as its items' dashes.
   */
  private static void addAncestors(List<String> lines, int line, TreeSet<Integer> shown) {
    int column = indentation(lines.get(line));
    boolean item = lines.get(line).startsWith("- ", column);
    for (int i = line - 1; i >= 0 && (column > 0 || item); i--) {
      int candidate = indentation(lines.get(i));
      boolean candidateItem = lines.get(i).startsWith("- ", candidate);
      if (candidate < column || candidate == column && item && !candidateItem) {
        shown.add(i);
        column = candidate;
        item = candidateItem;
      }
    }
  }

  /** The column of {@code key} when {@code line} holds it ({@code key:} or {@code - key:}), else -1. */
  private static int keyColumn(String line, String key) {
    int column = indentation(line);
    String rest = line.substring(column);
    if (rest.startsWith("- ")) {
      column += 2;
      rest = rest.substring(2);
    }
    return rest.startsWith(key + ":") ? column : -1;
  }

  /** The first line after {@code start} that is not inside the block of the key at {@code keyColumn}. */
  private static int blockEnd(List<String> lines, int start, int keyColumn, int limit) {
    for (int i = start + 1; i < limit; i++) {
      String line = lines.get(i);
      int column = indentation(line);
      if (column < keyColumn || column == keyColumn && !line.startsWith("- ", column)) {
        return i;
      }
    }
    return limit;
  }

  private static int indentation(String line) {
    int column = 0;
    while (column < line.length() && line.charAt(column) == ' ') {
      column++;
    }
    return column;
  }
}
