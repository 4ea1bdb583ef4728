package dev.shipshape.generator.write;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link OutputDirectory#write} did, path by path.
 *
 * <pre>{@code
 * WriteResult result = new OutputDirectory(out).write(files);
 * result.written();    // files whose bytes changed, sorted
 * result.warnings();   // one line per hand edit that was overwritten or pruned
 * }</pre>
 *
 * @param written files created or rewritten
 * @param unchanged files that already had the rendered bytes (not touched, mtime kept)
 * @param pruned owned files no longer rendered, deleted
 * @param handEdited owned files among {@code written} and {@code pruned} that had been edited by
 *     hand since Shipshape wrote them (their bytes differed from the checksum in the index)
 * @param bytes the size of all rendered files together, written or unchanged
 * @param recovered whether this write first finished a commit that a killed run had left
 * @param ignoredIndexLines lines of the old index that named no file Shipshape may own (outside
 *     the directory, Shipshape's own files, listed twice): nothing was deleted for them
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> pruned,
    List<String> handEdited, long bytes, boolean recovered, List<String> ignoredIndexLines) {

  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    pruned = List.copyOf(pruned);
    handEdited = List.copyOf(handEdited);
    ignoredIndexLines = List.copyOf(ignoredIndexLines);
  }

  /** {@code 3 written, 40 unchanged, 1 pruned}. */
  public String counts() {
    return written.size() + " written, " + unchanged.size() + " unchanged, " + pruned.size() + " pruned";
  }

  /**
   * One line per thing the user should know: each hand edit that was overwritten or deleted (and
   * how to keep such a change), a finished interrupted commit, each ignored index line. Empty when
   * there is none.
   */
  public List<String> warnings() {
    List<String> lines = new ArrayList<>();
    if (recovered) {
      lines.add("finished the commit of an earlier run that was killed half-way; the directory holds its "
          + "files (then this run's)");
    }
    for (String path : handEdited) {
      lines.add(path + " was edited by hand since Shipshape wrote it; the edit was "
          + (pruned.contains(path) ? "deleted with the file (no longer rendered)" : "overwritten")
          + "; the edited version is kept in " + WorkDirectory.NAME + "/" + WorkDirectory.HAND_EDITS + "/" + path
          + ". To keep such a change, make it in the stack (the DSL, or a Patch for a field it does not model),"
          + " or keep the file outside the rendered paths");
    }
    ignoredIndexLines.forEach(line -> lines.add("ignored the line '" + line + "' of " + OwnershipIndex.FILE
        + ": it names no file Shipshape may own, so nothing was deleted for it (the new index leaves it out)"));
    return lines;
  }
}
