package dev.shipshape.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * One write of an {@link OutputDirectory}, file by file. {@link OutputDirectory#begin()} locks the
 * directory for the whole write (see {@link OutputDirectory#waitingForLock}) and first finishes a
 * commit a killed run left (see {@link Journal}) and removes its leftovers. Each file is then
 * staged — written in full to {@code .shipshape/staging/} — from any thread, as it is rendered, so
 * that a large output never has to be held in memory. {@link #commit()} checks every target path
 * (see {@link Preflight}); on any conflict nothing is changed. Otherwise it writes the journal (the
 * commit point), moves the changed files into place (unchanged ones keep their mtime), prunes owned
 * files no longer rendered, and replaces the index. {@link #close()} removes the staging area and
 * releases the lock.
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
  private final WorkDirectory work;
  private final Path staging;
  private final CommitHook hook;
  private final OutputLock lock;
  private final boolean fresh;
  private final boolean recovered;
  /**
   * The staged files (each at the same relative path in the staging directory), in the order each
   * thread staged them: a producer staging its files in order gives long sorted runs, which sort in
   * close to linear time on commit, where paths arriving at random would not.
   */
  private final Map<Thread, List<OwnershipIndex.Entry>> stagedBy = new ConcurrentHashMap<>();
  /** Bytes staged so far. */
  private final LongAdder bytesStaged = new LongAdder();
  /** The directories created below the staging directory so far. */
  private final Map<Path, Boolean> stagingDirectories = new ConcurrentHashMap<>();
  private boolean committed;

  StagedWrite(Path root, OutputLock.LockWait wait, CommitHook hook) throws IOException {
    this.root = root;
    this.work = new WorkDirectory(root);
    this.hook = hook;
    work.create();
    this.lock = OutputLock.acquire(root, work.lock(), true, wait);
    try {
      this.recovered = Journal.pending(work);
      if (recovered) {
        Journal.finish(root, work, CommitHook.NONE, true);
      }
      work.removeLeftovers();
      this.fresh = onlyWorkDirectory(root);
      this.staging = Files.createDirectory(work.staging());
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
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
    stagedBy.computeIfAbsent(Thread.currentThread(), thread -> new ArrayList<>())
        .add(new OwnershipIndex.Entry(path, OwnershipIndex.checksum(bytes)));
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
    return staged().stream().map(OwnershipIndex.Entry::path).toList();
  }

  /** The staged files with their checksums, sorted by path. */
  private List<OwnershipIndex.Entry> staged() {
    List<OwnershipIndex.Entry> all = new ArrayList<>();
    stagedBy.values().forEach(all::addAll);
    all.sort((a, b) -> a.path().compareTo(b.path()));   // the runs each thread staged merge in close to linear time
    return all;
  }

  /**
   * Makes the directory hold exactly the staged files (plus foreign files, untouched).
   *
   * @throws WriteConflictException when a target path cannot be written as staged (a foreign file,
   *     a symbolic link, a file where a folder must go, a folder that cannot be written); nothing
   *     is changed then
   */
  public WriteResult commit() throws IOException {
    if (committed) {
      throw new IllegalStateException("this write is committed already");
    }
    committed = true;
    hook.at("staged");
    OwnershipIndex.Listing owned = OwnershipIndex.read(root);
    List<OwnershipIndex.Entry> staged = staged();
    List<String> paths = staged.stream().map(OwnershipIndex.Entry::path).toList();
    boolean parallel = hook == CommitHook.NONE;
    Preflight.Plan plan = Preflight.of(root, staging, owned, paths, fresh, parallel);
    if (!plan.conflicts().isEmpty()) {
      throw new WriteConflictException(plan.conflicts());
    }
    hook.at("preflight");
    work.keepHandEdits(plan.handEdited());
    byte[] index = OwnershipIndex.text(staged).getBytes(StandardCharsets.UTF_8);
    boolean indexChanged = !sameBytes(root.resolve(OwnershipIndex.FILE), index);
    if (indexChanged) {
      Files.write(work.newIndex(), index);
    }
    if (indexChanged || !plan.changed().isEmpty() || !plan.pruned().isEmpty()) {
      Journal.write(work, plan.pruned());
      hook.at("journal");
      Journal.finish(root, work, hook, parallel);
    }
    return new WriteResult(plan.changed(), plan.unchanged(), plan.pruned(), plan.handEdited(),
        bytesStaged.sum(), recovered, owned.invalidLines());
  }

  /**
   * Removes the staging area (unless a commit failed past its commit point: then the next run
   * finishes it) and releases the lock.
   */
  @Override
  public void close() throws IOException {
    try {
      if (!Journal.pending(work)) {
        work.removeLeftovers();
      }
    } finally {
      lock.close();
    }
  }

  /** {@code path} below {@code root}, refusing paths that would leave it. */
  static Path resolve(Path root, String path) {
    // A safe path has no empty, '.' or '..' segment, so it resolves to a normal path below root.
    if (!OwnershipIndex.isSafe(path)) {
      throw new IllegalArgumentException("refusing to write outside " + root + " or over Shipshape's own files: " + path);
    }
    return root.resolve(path);
  }

  private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** Whether {@code root} holds nothing but Shipshape's work directory. */
  private static boolean onlyWorkDirectory(Path root) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().equals(WorkDirectory.NAME)) {
          return false;
        }
      }
    }
    return true;
  }
}
