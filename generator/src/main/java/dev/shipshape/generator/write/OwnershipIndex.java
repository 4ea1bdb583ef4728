package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The file {@value #FILE} at the root of an output directory: the sorted relative paths Shipshape
 * wrote there. Only files it lists are ever pruned; everything else is foreign and left alone.
 *
 * <pre>
 * # Written by Shipshape: the files it owns in this directory. Files not listed are never touched.
 * prod/Kustomization
 * prod/shop/web/deployment.yaml
 * </pre>
 */
public final class OwnershipIndex {

  /** The index's file name. */
  public static final String FILE = ".shipshape-index";

  private static final String HEADER =
      "# Written by Shipshape: the files it owns in this directory. Files not listed are never touched.";

  private OwnershipIndex() {}

  /** The index text for {@code paths}. */
  public static String text(Collection<String> paths) {
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(null); // sorted runs, as callers mostly pass, merge in linear time
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    String previous = null;
    for (String path : sorted) {
      if (!path.equals(previous)) {
        text.append(path).append('\n');
      }
      previous = path;
    }
    return text.toString();
  }

  /** The paths the index in {@code directory} lists; empty when there is none. */
  static SortedSet<String> read(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    SortedSet<String> paths = new TreeSet<>();
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String path = line.strip();
        if (!path.isEmpty() && !path.startsWith("#") && isSafe(path)) {
          paths.add(path);
        }
      }
    }
    return paths;
  }

  /** Whether {@code path} stays inside the directory (a hand-edited index must not prune outside it). */
  static boolean isSafe(String path) {
    if (path.isEmpty() || path.indexOf('\\') >= 0) {
      return false;
    }
    for (int start = 0, end; start <= path.length(); start = end + 1) {
      end = path.indexOf('/', start);
      end = end < 0 ? path.length() : end;
      int length = end - start;   // no segment may be empty, "." or ".."
      if (length == 0 || path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
        return false;
      }
    }
    return true;
  }
}
