package dev.shipshape.generator.write;

import java.util.List;
import java.util.Optional;

/**
 * What {@link OutputDirectory#check} found — every way the directory differs from a fresh
 * {@code generate}: files the rendering has that the directory lacks, files whose bytes differ (with
 * a short unified diff each, and which of them were edited by hand), owned files that are no longer
 * rendered, files Shipshape did not write in the folders it renders, symbolic links, what a killed
 * run left, and an index that does not list exactly the rendered files.
 *
 * <pre>{@code
 * CheckResult result = new OutputDirectory(out).check(files);
 * if (!result.upToDate()) System.err.print(result.report("./mvnw shipshape:generate"));
 * }</pre>
 *
 * @param missing rendered files absent from the directory
 * @param changed rendered files whose bytes differ on disk
 * @param diffs one short unified diff per changed file, in the same order
 * @param handEdited the changed files whose bytes also differ from what Shipshape wrote there (its
 *     index's checksum): edited by hand, not merely rendered differently since
 * @param stale files the index says Shipshape owns that are no longer rendered
 * @param unlisted files and folders in a folder Shipshape renders into (below the output directory
 *     itself) that it neither renders nor lists in its index
 * @param links symbolic links where Shipshape renders or owns a file, or on the way to one
 * @param leftovers what a killed run left: {@code .shipshape/journal} (a commit to finish), staging
 *     areas
 * @param indexDiff a unified diff from the index on disk to the index of the rendered files, when
 *     they differ (a line removed or added by hand, a stale line, an invalid line)
 * @param unchanged the number of files that match
 */
public record CheckResult(List<String> missing, List<String> changed, List<String> diffs, List<String> handEdited,
    List<String> stale, List<String> unlisted, List<String> links, List<String> leftovers,
    Optional<String> indexDiff, int unchanged) {

  public CheckResult {
    missing = List.copyOf(missing);
    changed = List.copyOf(changed);
    diffs = List.copyOf(diffs);
    handEdited = List.copyOf(handEdited);
    stale = List.copyOf(stale);
    unlisted = List.copyOf(unlisted);
    links = List.copyOf(links);
    leftovers = List.copyOf(leftovers);
  }

  /** Whether the directory holds exactly the rendering (plus foreign files outside the rendered folders). */
  public boolean upToDate() {
    return problemCount() == 0;
  }

  /** The number of differences: missing, changed, stale, unlisted, links, leftovers, and the index. */
  public int problemCount() {
    return missing.size() + changed.size() + stale.size() + unlisted.size() + links.size() + leftovers.size()
        + (indexDiff.isPresent() ? 1 : 0);
  }

  /**
   * Every difference, one line each with what to do (diffs indented below), and the command that
   * fixes what regenerating fixes; ends with a newline. Empty when up to date.
   */
  public String report(String fixCommand) {
    if (upToDate()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    missing.forEach(path -> text.append("missing ").append(path).append('\n'));
    for (int i = 0; i < changed.size(); i++) {
      String path = changed.get(i);
      text.append("changed ").append(path)
          .append(handEdited.contains(path) ? " (edited by hand: generate overwrites it; make the change in the stack to keep it)" : "")
          .append('\n');
      indent(text, diffs.get(i));
    }
    stale.forEach(path -> text.append("stale ").append(path)
        .append(" (generated before, no longer rendered; generate deletes it)\n"));
    unlisted.forEach(path -> text.append("unlisted ").append(path)
        .append(" (not written by Shipshape, in a folder it renders into; move it out of the output or delete it)\n"));
    links.forEach(path -> text.append("link ").append(path)
        .append(" (a symbolic link; Shipshape never writes through links: replace it with a real file or folder)\n"));
    leftovers.forEach(path -> text.append("leftover ").append(path).append(path.endsWith("/journal")
        ? " (a run was killed while committing; generate finishes its commit)\n"
        : " (left by a killed run; generate removes it)\n"));
    indexDiff.ifPresent(diff -> {
      text.append("index ").append(OwnershipIndex.FILE)
          .append(" does not list exactly the rendered files (edited by hand?); generate rewrites it\n");
      indent(text, diff);
    });
    int count = problemCount();
    text.append(count).append(count == 1 ? " difference; " : " differences; ")
        .append("the output directory is out of date; regenerate with: ").append(fixCommand);
    if (!unlisted.isEmpty() || !links.isEmpty()) {
      text.append(" (after moving the unlisted files and links away yourself: generate never touches them)");
    }
    return text.append('\n').toString();
  }

  private static void indent(StringBuilder text, String block) {
    block.lines().forEach(line -> text.append("    ").append(line).append('\n'));
  }
}
