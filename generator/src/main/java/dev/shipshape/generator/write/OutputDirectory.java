package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

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
    boolean fresh = isEmpty(root);
    List<String> foreign = fresh ? List.of() : inParallel(files.paths(), path -> {
      Path target = resolve(path);
      return Files.isDirectory(target) || Files.exists(target) && !owned.contains(path)
          && !sameBytes(target, files.buffer(path));
    });
    if (!foreign.isEmpty()) {
      throw new ForeignFileException(foreign);
    }
    SortedSet<String> pending = new TreeSet<>(owned);
    pending.addAll(files.paths());
    writeIndex(pending);
    Map<Path, Boolean> directories = new ConcurrentHashMap<>();
    List<String> written = inParallel(files.paths(), path -> {
      ByteBuffer bytes = files.buffer(path);
      Path target = resolve(path);
      if (!fresh && Files.isRegularFile(target) && sameBytes(target, bytes)) {
        return false;
      }
      directories.computeIfAbsent(target.getParent(), OutputDirectory::createDirectories);
      replace(target, bytes);
      return true;
    });
    List<String> unchanged = new ArrayList<>(files.paths());
    unchanged.removeAll(new HashSet<>(written));
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

  /** A test of one file that may fail with an I/O error. */
  private interface FileTest {
    boolean test(String path) throws IOException;
  }

  /**
   * The {@code paths} that pass {@code test}, in their order, testing on every core: files are
   * independent, and their order on disk does not matter.
   */
  private static List<String> inParallel(Collection<String> paths, FileTest test) throws IOException {
    try {
      return paths.parallelStream().filter(path -> {
        try {
          return test.test(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static boolean isEmpty(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return !Files.exists(directory);
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.findAny().isEmpty();
    }
  }

  private static boolean sameBytes(Path file, ByteBuffer bytes) throws IOException {
    return Files.size(file) == bytes.remaining() && ByteBuffer.wrap(Files.readAllBytes(file)).equals(bytes);
  }

  private static Boolean createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    // A safe path has no empty, '.' or '..' segment, so it resolves to a normal path below root.
    if (!OwnershipIndex.isSafe(path)) {
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + path);
    }
    return root.resolve(path);
  }

  private void writeIndex(SortedSet<String> paths) throws IOException {
    ByteBuffer bytes = ByteBuffer.wrap(OwnershipIndex.text(paths).getBytes(StandardCharsets.UTF_8));
    Path index = root.resolve(OwnershipIndex.FILE);
    if (!(Files.isRegularFile(index) && sameBytes(index, bytes))) {
      Files.createDirectories(root);
      replace(index, bytes);
    }
  }

  /**
   * Writes {@code bytes} to a new temporary file next to {@code target} and renames it into place
   * (its parent directory must exist).
   */
  private static void replace(Path target, ByteBuffer bytes) throws IOException {
    Path temporary = newTemporaryFile(target.getParent(), bytes);
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A file {@code .shipshape-<random>.tmp} in {@code directory} that did not exist, holding {@code bytes}. */
  private static Path newTemporaryFile(Path directory, ByteBuffer bytes) throws IOException {
    while (true) {
      Path temporary = directory.resolve(".shipshape-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        ByteBuffer remaining = bytes.duplicate();
        while (remaining.hasRemaining()) {
          channel.write(remaining);
        }
        return temporary;
      } catch (FileAlreadyExistsException e) {
        // another name, then
      }
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
