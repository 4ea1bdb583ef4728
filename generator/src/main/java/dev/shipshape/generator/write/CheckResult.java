package dev.shipshape.generator.write;

import java.util.List;

/**
 * What {@link OutputDirectory#check} found: files the rendering has that the directory lacks, files
 * whose bytes differ (with a short unified diff each), and owned files that are no longer rendered.
 *
 * <pre>{@code
 * CheckResult result = new OutputDirectory(out).check(files);
 * if (!result.upToDate()) System.err.print(result.report("./mvnw shipshape:generate"));
 * }</pre>
 *
 * @param missing rendered files absent from the directory
 * @param changed rendered files whose bytes differ on disk
 * @param diffs one short unified diff per changed file, in the same order
 * @param stale files the index says Shipshape owns that are no longer rendered
 * @param unchanged the number of files that match
 */
public record CheckResult(List<String> missing, List<String> changed, List<String> diffs,
    List<String> stale, int unchanged) {

  public CheckResult {
    missing = List.copyOf(missing);
    changed = List.copyOf(changed);
    diffs = List.copyOf(diffs);
    stale = List.copyOf(stale);
  }

  /** Whether the directory holds exactly the rendering. */
  public boolean upToDate() {
    return missing.isEmpty() && changed.isEmpty() && stale.isEmpty();
  }

  /** The number of files that are missing, changed or stale. */
  public int problemCount() {
    return missing.size() + changed.size() + stale.size();
  }

  /**
   * Every missing, changed and stale file, the diffs, and the command that fixes it; ends with a
   * newline. Empty when up to date.
   */
  public String report(String fixCommand) {
    if (upToDate()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    missing.forEach(path -> text.append("missing ").append(path).append('\n'));
    for (int i = 0; i < changed.size(); i++) {
      text.append("changed ").append(changed.get(i)).append('\n');
      diffs.get(i).lines().forEach(line -> text.append("    ").append(line).append('\n'));
    }
    stale.forEach(path -> text.append("stale   ").append(path)
        .append(" (generated before, no longer rendered)\n"));
    text.append(problemCount()).append(problemCount() == 1 ? " file is" : " files are")
        .append(" out of date; regenerate with: ").append(fixCommand).append('\n');
    return text.toString();
  }
}
