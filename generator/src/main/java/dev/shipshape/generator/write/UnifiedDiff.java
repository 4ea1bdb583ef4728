package dev.shipshape.generator.write;

import java.util.ArrayList;
import java.util.List;

/**
 * A short unified diff of two texts (three lines of context, at most a given number of lines), for
 * {@code check} reports.
 *
 * <pre>{@code
 * UnifiedDiff.of("a/deployment.yaml", onDisk, rendered, 40);
 * // --- a/deployment.yaml (on disk)
 * // +++ a/deployment.yaml (rendered)
 * // @@ -9,7 +9,7 @@
 * // -  replicas: 5
 * // +  replicas: 2
 * }</pre>
 */
public final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final long MAX_CELLS = 4_000_000L;

  private UnifiedDiff() {}

  /** The diff from {@code before} (on disk) to {@code after} (rendered), cut after {@code maxLines}. */
  public static String of(String path, String before, String after, int maxLines) {
    List<String> a = List.of(before.split("\n", -1));
    List<String> b = List.of(after.split("\n", -1));
    List<String> out = new ArrayList<>();
    out.add("--- " + path + " (on disk)");
    out.add("+++ " + path + " (rendered)");
    List<int[]> edits = edits(a, b); // {type, lineA, lineB}: 0 same, -1 delete, +1 insert
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i)[0] == 0) {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size() && (edits.get(end)[0] != 0 || end - lastChange <= 2 * CONTEXT)) {
        if (edits.get(end)[0] != 0) {
          lastChange = end;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      hunk(edits.subList(start, end), a, b, out);
      i = end;
    }
    if (out.size() > maxLines) {
      int hidden = out.size() - maxLines;
      out = new ArrayList<>(out.subList(0, maxLines));
      out.add("… " + hidden + " more diff lines");
    }
    return String.join("\n", out);
  }

  private static void hunk(List<int[]> edits, List<String> a, List<String> b, List<String> out) {
    int fromA = edits.get(0)[1];
    int fromB = edits.get(0)[2];
    int countA = (int) edits.stream().filter(e -> e[0] <= 0).count();
    int countB = (int) edits.stream().filter(e -> e[0] >= 0).count();
    out.add("@@ -" + (fromA + 1) + "," + countA + " +" + (fromB + 1) + "," + countB + " @@");
    for (int[] edit : edits) {
      switch (edit[0]) {
        case 0 -> out.add(" " + a.get(edit[1]));
        case -1 -> out.add("-" + a.get(edit[1]));
        default -> out.add("+" + b.get(edit[2]));
      }
    }
  }

  /** The edit script by longest common subsequence; a plain replace when the texts are huge. */
  private static List<int[]> edits(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    List<int[]> edits = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        edits.add(new int[] {-1, i, 0});
      }
      for (int j = 0; j < m; j++) {
        edits.add(new int[] {1, n, j});
      }
      return edits;
    }
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j))
            ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        edits.add(new int[] {0, i++, j++});
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new int[] {-1, i++, j});
      } else {
        edits.add(new int[] {1, i, j++});
      }
    }
    return edits;
  }
}
