package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A directory Shipshape writes its output to, safely, or checks against a rendering.
 *
 * <p>{@link #write}: only files whose bytes change are rewritten (others keep their mtime); each
 * is first written in full to a staging directory inside it, then renamed into place (see
 * {@link StagedWrite}, which also writes files as they are rendered); the {@linkplain OwnershipIndex index}
 * first grows to cover the new files, owned files that are no longer rendered are pruned, and the
 * index is cut to the rendered files last — so a run killed at any point leaves either the old or
 * the new tree, or a mixture that {@link #check} reports. Files not in the index are never touched.
 *
 * <pre>{@code
 * OutputDirectory out = new OutputDirectory(Path.of("deploy"));
 * WriteResult written = out.write(files);    // 3 written, 40 unchanged, 1 pruned
 * CheckResult checked = out.check(files);    // upToDate() == true
 * }</pre>
 */
public final class OutputDirectory {

  private final Path root;

  /** The output directory at {@code root} (created on the first write). */
  public OutputDirectory(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /** The directory's absolute path. */
  public Path root() {
    return root;
  }

  /**
   * Makes the directory hold exactly {@code files} (plus foreign files, untouched).
   *
   * @throws ForeignFileException when a rendered path holds a file Shipshape does not own, with
   *     other bytes; nothing is written then
   */
  public WriteResult write(FileSet files) throws IOException {
    try (StagedWrite write = begin()) {
      try {
        files.paths().parallelStream().forEach(path -> {
          try {
            write.stage(path, files.buffer(path));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return write.commit();
    }
  }

  /** Starts a write that stages files one by one; see {@link StagedWrite}. */
  public StagedWrite begin() throws IOException {
    return new StagedWrite(root);
  }

  /** Compares the directory with {@code files} without changing anything. */
  public CheckResult check(FileSet files) throws IOException {
    List<String> missing = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    int unchanged = 0;
    for (String path : files.paths()) {
      Path target = resolve(path);
      if (!Files.isRegularFile(target)) {
        missing.add(path);
        continue;
      }
      byte[] onDisk = Files.readAllBytes(target);
      if (Arrays.equals(onDisk, files.bytes(path))) {
        unchanged++;
      } else {
        changed.add(path);
        diffs.add(UnifiedDiff.of(path, new String(onDisk, StandardCharsets.UTF_8), files.text(path), 40));
      }
    }
    List<String> stale = new ArrayList<>();
    for (String path : OwnershipIndex.read(root)) {
      if (!files.paths().contains(path) && Files.isRegularFile(resolve(path))) {
        stale.add(path);
      }
    }
    return new CheckResult(missing, changed, diffs, stale, unchanged);
  }

  private Path resolve(String path) {
    return StagedWrite.resolve(root, path);
  }
}
