package dev.shipshape.generator.write;

import java.io.IOException;
import java.util.List;

/**
 * The output directory cannot take the rendering as it is — a foreign file, a symbolic link, a file
 * where a directory must go, a directory that cannot be written — so nothing was written: every
 * target path is checked before the first file is moved into place.
 *
 * <pre>{@code
 * try { out.write(files); } catch (WriteConflictException e) { e.conflicts().forEach(System.err::println); }
 * }</pre>
 */
public final class WriteConflictException extends IOException {

  private static final long serialVersionUID = 1L;

  private final List<WriteConflict> conflicts;

  WriteConflictException(List<WriteConflict> conflicts) {
    super("nothing was written: " + conflicts.size() + (conflicts.size() == 1 ? " path" : " paths")
        + " of the output directory cannot be written as rendered:\n  "
        + String.join("\n  ", conflicts.stream().map(WriteConflict::toString).toList()));
    this.conflicts = List.copyOf(conflicts);
  }

  /** The conflicts, sorted by path. */
  public List<WriteConflict> conflicts() {
    return conflicts;
  }
}
