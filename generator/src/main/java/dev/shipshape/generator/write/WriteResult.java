package dev.shipshape.generator.write;

import java.util.List;

/**
 * What {@link OutputDirectory#write} did, path by path.
 *
 * <pre>{@code
 * WriteResult result = new OutputDirectory(out).write(files);
 * result.written(); // files whose bytes changed, sorted
 * }</pre>
 *
 * @param written files created or rewritten
 * @param unchanged files that already had the rendered bytes (not touched, mtime kept)
 * @param pruned owned files no longer rendered, deleted
 * @param bytes the size of all rendered files together, written or unchanged
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> pruned, long bytes) {

  public WriteResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    pruned = List.copyOf(pruned);
  }

  /** {@code 3 written, 40 unchanged, 1 pruned}. */
  public String counts() {
    return written.size() + " written, " + unchanged.size() + " unchanged, " + pruned.size() + " pruned";
  }
}
