package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A directory Shipshape writes its output to, safely, or checks against a rendering.
 *
 * <p>{@link #write}: only files whose bytes change are rewritten (others keep their mtime); each
 * is written to a temporary file and renamed into place; the {@linkplain OwnershipIndex index}
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
    SortedSet<String> owned = OwnershipIndex.read(root);
    List<String> foreign = new ArrayList<>();
    for (String path : files.paths()) {
      Path target = resolve(path);
      if (Files.isDirectory(target) || Files.exists(target) && !owned.contains(path)
          && !Arrays.equals(Files.readAllBytes(target), files.bytes(path))) {
        foreign.add(path);
      }
    }
    if (!foreign.isEmpty()) {
      throw new ForeignFileException(foreign);
    }
    SortedSet<String> pending = new TreeSet<>(owned);
    pending.addAll(files.paths());
    writeIndex(pending);
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (String path : files.paths()) {
      byte[] bytes = files.bytes(path);
      Path target = resolve(path);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
        unchanged.add(path);
      } else {
        replace(target, bytes);
        written.add(path);
      }
    }
    List<String> pruned = new ArrayList<>();
    for (String path : owned) {
      if (!files.paths().contains(path) && Files.isRegularFile(resolve(path))) {
        Files.delete(resolve(path));
        removeEmptyParents(resolve(path).getParent());
        pruned.add(path);
      }
    }
    writeIndex(new TreeSet<>(files.paths()));
    return new WriteResult(written, unchanged, pruned);
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
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || !OwnershipIndex.isSafe(path)) {
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + path);
    }
    return target;
  }

  private void writeIndex(SortedSet<String> paths) throws IOException {
    byte[] bytes = OwnershipIndex.text(paths).getBytes(StandardCharsets.UTF_8);
    Path index = root.resolve(OwnershipIndex.FILE);
    if (!(Files.isRegularFile(index) && Arrays.equals(Files.readAllBytes(index), bytes))) {
      replace(index, bytes);
    }
  }

  /** Writes {@code bytes} next to {@code target} and renames it into place. */
  private static void replace(Path target, byte[] bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(target.getParent(), ".shipshape-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void removeEmptyParents(Path directory) throws IOException {
    Path current = directory;
    while (current != null && current.startsWith(root) && !current.equals(root)) {
      try {
        Files.delete(current);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
      current = current.getParent();
    }
  }
}
