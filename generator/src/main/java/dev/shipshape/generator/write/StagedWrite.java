package dev.shipshape.generator.write;

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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * One write of an {@link OutputDirectory}, file by file: each file is first staged — written in
 * full to a staging directory inside the output directory — from any thread, as it is rendered, so
 * that a large output never has to be held in memory. {@link #commit()} then does what
 * {@link OutputDirectory#write} promises: if a staged path holds a foreign file (not in the
 * {@linkplain OwnershipIndex index}, other bytes) nothing is touched; otherwise the index grows to
 * cover the new files, each changed file is renamed into place (unchanged ones keep their mtime),
 * owned files no longer rendered are pruned, and the index is cut last. {@link #close()} removes
 * the staging directory; without a commit nothing else was changed.
 *
 * <pre>{@code
 * try (StagedWrite write = new OutputDirectory(Path.of("deploy")).begin()) {
 *   write.stage("prod/shop/web/deployment.yaml", ByteBuffer.wrap(yaml));
 *   WriteResult result = write.commit();
 * }
 * }</pre>
 */
public final class StagedWrite implements AutoCloseable {

  /** How a staged file is opened: created, never overwritten. */
  private static final Set<StandardOpenOption> NEW_FILE =
      Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

  private final Path root;
  private final Path staging;
  private final boolean fresh;
  /**
   * The staged paths (each at the same relative path in the staging directory), in the order each
   * thread staged them: a producer staging its files in order gives long sorted runs, which sort in
   * close to linear time on commit, where paths arriving at random would not.
   */
  private final Map<Thread, List<String>> stagedBy = new ConcurrentHashMap<>();
  /** Bytes staged so far. */
  private final LongAdder bytesStaged = new LongAdder();
  /** The directories created below the staging directory so far. */
  private final Map<Path, Boolean> stagingDirectories = new ConcurrentHashMap<>();
  private boolean committed;

  StagedWrite(Path root) throws IOException {
    this.root = root;
    this.fresh = isEmpty(root);
    Files.createDirectories(root);
    this.staging = Files.createTempDirectory(root, ".shipshape-staging-");
  }

  /**
   * Stages the file at the relative path {@code path}; safe to call from several threads.
   *
   * @throws IllegalArgumentException when {@code path} was staged already or leaves the directory
   */
  public void stage(String path, ByteBuffer bytes) throws IOException {
    Path file = resolve(staging, path);
    try {
      createStagingDirectory(file.getParent());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // The staging directory is this write's own: a file there already was staged before.
    try (FileChannel channel = FileChannel.open(file, NEW_FILE)) {
      ByteBuffer remaining = bytes.duplicate();
      bytesStaged.add(remaining.remaining());
      while (remaining.hasRemaining()) {
        channel.write(remaining);
      }
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException("two files at " + path + "; every file needs its own path", e);
    }
    stagedBy.computeIfAbsent(Thread.currentThread(), thread -> new ArrayList<>()).add(path);
  }

  /**
   * Creates {@code directory} below the staging directory, parents first, each with one
   * {@code mkdir} (Files.createDirectories would first fail on the missing parent, with an
   * exception, for every new stack directory).
   */
  private void createStagingDirectory(Path directory) {
    if (directory.equals(staging) || stagingDirectories.containsKey(directory)) {
      return;
    }
    createStagingDirectory(directory.getParent());
    stagingDirectories.computeIfAbsent(directory, created -> {
      try {
        Files.createDirectory(created);
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The staged paths, sorted. */
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    stagedBy.values().forEach(paths::addAll);
    paths.sort(null);   // the runs each thread staged merge in close to linear time
    return paths;
  }

  /**
   * Makes the directory hold exactly the staged files (plus foreign files, untouched).
   *
   * @throws ForeignFileException when a staged path holds a file Shipshape does not own, with
   *     other bytes; nothing is changed then
   */
  public WriteResult commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("this write is committed already");
    }
    committed = true;
    SortedSet<String> owned = OwnershipIndex.read(root);
    List<String> paths = paths();
    Set<String> staged = owned.isEmpty() ? Set.of() : new HashSet<>(paths);
    List<String> foreign = fresh ? List.of() : inParallel(paths, path -> {
      Path target = resolve(root, path);
      return Files.isDirectory(target) || Files.exists(target) && !owned.contains(path)
          && !sameBytes(target, staging.resolve(path));
    });
    if (!foreign.isEmpty()) {
      throw new ForeignFileException(foreign);
    }
    List<String> pending = new ArrayList<>(owned);
    pending.addAll(paths);
    writeIndex(pending);
    List<String> written = fresh ? moveTrees(paths) : moveChanged(paths);
    List<String> unchanged = new ArrayList<>();
    if (written.size() < paths.size()) {
      unchanged.addAll(paths);
      unchanged.removeAll(new HashSet<>(written));
    }
    List<String> pruned = new ArrayList<>();
    for (String path : owned) {
      Path target = resolve(root, path);
      if (!staged.contains(path) && Files.isRegularFile(target)) {
        Files.delete(target);
        removeEmptyParents(target.getParent());
        pruned.add(path);
      }
    }
    if (!staged.containsAll(owned)) {   // else the index lists the staged paths already
      writeIndex(paths);
    }
    return new WriteResult(written, unchanged, pruned, bytesStaged.sum());
  }

  /**
   * Into a directory that was empty: the staged tree is moved into place by its top-level entries
   * (one rename per stack directory instead of one per file, on every core); an entry that meets something
   * created there meanwhile is moved file by file instead.
   */
  private List<String> moveTrees(List<String> paths) throws IOException {
    List<String> entries = names(staging);
    // One listing of what is there now, rather than a stat (and, on JDK 17, an exception) per entry.
    Set<String> present = new HashSet<>(names(root));
    Set<String> occupied = new HashSet<>(inParallel(entries, name -> {
      if (present.contains(name)) {
        return true;
      }
      Files.move(staging.resolve(name), root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      return false;
    }));
    if (!occupied.isEmpty()) {
      List<String> left = new ArrayList<>();
      for (String path : paths) {
        int slash = path.indexOf('/');
        if (occupied.contains(slash < 0 ? path : path.substring(0, slash))) {
          left.add(path);
        }
      }
      moveChanged(left);
    }
    return paths;
  }

  /** Each file of {@code paths} whose bytes differ from the target's renamed into place; returns those. */
  private List<String> moveChanged(List<String> paths) throws IOException {
    Map<Path, Boolean> directories = new ConcurrentHashMap<>();
    return inParallel(paths, path -> {
      Path target = root.resolve(path); // checked by stage
      Path source = staging.resolve(path);
      if (!fresh && Files.isRegularFile(target) && sameBytes(target, source)) {
        return false;
      }
      directories.computeIfAbsent(target.getParent(), StagedWrite::createDirectories);
      move(source, target);
      return true;
    });
  }

  /** Removes the staging directory and whatever is still staged in it. */
  @Override
  public void close() throws IOException {
    List<Path> left;
    try (Stream<Path> tree = Files.walk(staging)) {
      left = tree.sorted(Comparator.reverseOrder()).toList(); // children before their directory
    }
    for (Path path : left) {
      Files.delete(path);
    }
  }

  /** {@code path} below {@code root}, refusing paths that would leave it. */
  static Path resolve(Path root, String path) {
    // A safe path has no empty, '.' or '..' segment, so it resolves to a normal path below root.
    if (!OwnershipIndex.isSafe(path)) {
      throw new IllegalArgumentException("refusing to write outside " + root + ": " + path);
    }
    return root.resolve(path);
  }

  private void writeIndex(Collection<String> paths) throws IOException {
    byte[] bytes = OwnershipIndex.text(paths).getBytes(StandardCharsets.UTF_8);
    Path index = root.resolve(OwnershipIndex.FILE);
    if (!(Files.isRegularFile(index) && Arrays.equals(Files.readAllBytes(index), bytes))) {
      Path temporary = Files.createTempFile(staging, "index-", ".tmp");
      Files.write(temporary, bytes);
      move(temporary, index);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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

  /** The names of the entries of {@code directory}. */
  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.map(path -> path.getFileName().toString()).toList();
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

  private static boolean sameBytes(Path a, Path b) throws IOException {
    return Files.mismatch(a, b) == -1;
  }

  private static Boolean createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
