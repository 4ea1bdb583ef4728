package dev.shipshape.generator.write;

import dev.shipshape.generator.FileSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A directory Shipshape writes its output to, safely, or checks against a rendering.
 *
 * <p>{@link #write}: the run locks the directory (a second run waits, see {@link #waitingForLock});
 * every file is staged in full in {@code .shipshape/staging/}, every target path is checked before
 * the first one changes (on a foreign file, a symbolic link, a file where a folder must go or a
 * folder that cannot be written, nothing is written), then a journal marks the commit point and
 * the changed files are renamed into place (others keep their mtime), owned files that are no
 * longer rendered are pruned and the {@linkplain OwnershipIndex index} is replaced. A run killed
 * before the journal leaves the old tree; one killed after it leaves a journal that the next run
 * (or {@code generate}) finishes first, so the next run starts from exactly the new tree. Only
 * regular files the index lists are ever deleted, and no symbolic link is ever followed.
 *
 * <pre>{@code
 * OutputDirectory out = new OutputDirectory(Path.of("deploy"));
 * WriteResult written = out.write(files);    // 3 written, 40 unchanged, 1 pruned
 * CheckResult checked = out.check(files);    // upToDate() == true
 * }</pre>
 */
public final class OutputDirectory {

  /** How long a run waits for another run's lock unless told otherwise. */
  public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

  private final Path root;
  private final OutputLock.LockWait lockWait;
  private final CommitHook hook;

  /** The output directory at {@code root} (created on the first write). */
  public OutputDirectory(Path root) {
    this(Objects.requireNonNull(root, "root").toAbsolutePath().normalize(),
        new OutputLock.LockWait(DEFAULT_LOCK_TIMEOUT, notice -> {}), CommitHook.NONE);
  }

  private OutputDirectory(Path root, OutputLock.LockWait lockWait, CommitHook hook) {
    this.root = root;
    this.lockWait = lockWait;
    this.hook = hook;
  }

  /**
   * This directory, with runs that wait up to {@code timeout} for the lock another run holds
   * ({@link Duration#ZERO}: fail at once), telling {@code notice} once that they wait and for whom.
   * The default is {@link #DEFAULT_LOCK_TIMEOUT}, silently.
   *
   * <pre>{@code
   * new OutputDirectory(Path.of("deploy")).waitingForLock(Duration.ofSeconds(30), System.err::println);
   * }</pre>
   */
  public OutputDirectory waitingForLock(Duration timeout, Consumer<String> notice) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("a lock timeout cannot be negative: " + timeout);
    }
    return new OutputDirectory(root, new OutputLock.LockWait(timeout, Objects.requireNonNull(notice)), hook);
  }

  /** This directory with a hook at every step of a write (fault tests). */
  OutputDirectory withHook(CommitHook hook) {
    return new OutputDirectory(root, lockWait, hook);
  }

  /** The directory's absolute path. */
  public Path root() {
    return root;
  }

  /**
   * Whether a commit waits to be finished: a run was killed (or failed) after its commit point.
   * The next write finishes it before anything else; {@link #check} reports it.
   */
  public boolean commitPending() {
    return Journal.pending(new WorkDirectory(root));
  }

  /**
   * Makes the directory hold exactly {@code files} (plus foreign files, untouched).
   *
   * @throws WriteConflictException when a target path cannot be written as rendered (a foreign
   *     file, a symbolic link, a file where a folder must go, a folder that cannot be written);
   *     nothing is written then
   * @throws OutputLockedException when another run holds the lock longer than this one waits
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

  /**
   * Locks the directory (finishing a commit a killed run left) and starts a write that stages files
   * one by one; see {@link StagedWrite}. Close it to release the lock.
   *
   * @throws OutputLockedException when another run holds the lock longer than this one waits
   */
  public StagedWrite begin() throws IOException {
    return new StagedWrite(root, lockWait, hook);
  }

  /**
   * Compares the directory with {@code files} without changing anything (waiting, like a write, for
   * a run that holds the lock); see {@link CheckResult} for every difference it reports.
   */
  public CheckResult check(FileSet files) throws IOException {
    WorkDirectory work = new WorkDirectory(root);
    if (!Files.isRegularFile(work.lock(), LinkOption.NOFOLLOW_LINKS)) {
      return compare(files, work);   // never written with a lock: nothing to wait for
    }
    try (OutputLock lock = OutputLock.acquire(root, work.lock(), false, lockWait)) {
      return compare(files, work);
    }
  }

  private CheckResult compare(FileSet files, WorkDirectory work) throws IOException {
    OwnershipIndex.Listing owned = OwnershipIndex.read(root);
    SortedSet<String> links = new TreeSet<>();
    Map<String, Boolean> realFolders = new HashMap<>();
    List<String> missing = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    List<String> handEdited = new ArrayList<>();
    int unchanged = 0;
    for (String path : files.paths()) {
      BasicFileAttributes onDisk = reachable(path, realFolders, links);
      if (onDisk == null || !onDisk.isRegularFile()) {
        if (onDisk != null && onDisk.isSymbolicLink()) {
          links.add(path);
        } else {
          missing.add(path);
        }
        continue;
      }
      byte[] bytes = Files.readAllBytes(root.resolve(path));
      if (Arrays.equals(bytes, files.bytes(path))) {
        unchanged++;
        continue;
      }
      changed.add(path);
      diffs.add(UnifiedDiff.of(path, new String(bytes, StandardCharsets.UTF_8), files.text(path), 40));
      String written = owned.checksums().getOrDefault(path, OwnershipIndex.UNKNOWN);
      if (!written.equals(OwnershipIndex.UNKNOWN)
          && !written.equals(OwnershipIndex.checksum(ByteBuffer.wrap(bytes)))) {
        handEdited.add(path);
      }
    }
    List<String> stale = new ArrayList<>();
    for (String path : owned.checksums().keySet()) {
      if (files.paths().contains(path)) {
        continue;
      }
      BasicFileAttributes onDisk = reachable(path, realFolders, links);
      if (onDisk != null && onDisk.isSymbolicLink()) {
        links.add(path);
      } else if (onDisk != null) {
        stale.add(path);
      }
    }
    List<String> unlisted = unlisted(files.paths(), owned.checksums().keySet(), realFolders, links);
    String index = OwnershipIndex.text(files);
    Path indexFile = root.resolve(OwnershipIndex.FILE);
    String onDisk = Files.isRegularFile(indexFile, LinkOption.NOFOLLOW_LINKS)
        ? Files.readString(indexFile, StandardCharsets.UTF_8) : "";
    Optional<String> indexDiff = onDisk.equals(index) ? Optional.empty()
        : Optional.of(UnifiedDiff.of(OwnershipIndex.FILE, onDisk, index, 40));
    return new CheckResult(missing, changed, diffs, handEdited, stale, unlisted, List.copyOf(links),
        work.leftovers(), indexDiff, unchanged);
  }

  /**
   * The attributes of the file at {@code path} (a link not followed), or {@code null} when it is
   * absent or a folder on the way is not a real folder (a link on the way goes to {@code links}).
   */
  private BasicFileAttributes reachable(String path, Map<String, Boolean> realFolders, Set<String> links)
      throws IOException {
    int slash = path.lastIndexOf('/');
    if (slash >= 0 && !realFolder(path.substring(0, slash), realFolders, links)) {
      return null;
    }
    return Preflight.attributes(root.resolve(path));
  }

  /** Whether the folder at the relative path {@code folder} and every folder above it are real folders. */
  private boolean realFolder(String folder, Map<String, Boolean> realFolders, Set<String> links) throws IOException {
    Boolean known = realFolders.get(folder);
    if (known != null) {
      return known;
    }
    int slash = folder.lastIndexOf('/');
    boolean real = slash < 0 || realFolder(folder.substring(0, slash), realFolders, links);
    if (real) {
      BasicFileAttributes onDisk = Preflight.attributes(root.resolve(folder));
      if (onDisk != null && onDisk.isSymbolicLink()) {
        links.add(folder);
      }
      real = onDisk != null && onDisk.isDirectory();
    }
    realFolders.put(folder, real);
    return real;
  }

  /**
   * The entries of the folders Shipshape renders into (every real folder on the way to a rendered
   * or owned file, below the output directory itself) that are neither rendered, owned, nor such a
   * folder; links among them go to {@code links}.
   */
  private List<String> unlisted(Set<String> rendered, Set<String> owned, Map<String, Boolean> realFolders,
      Set<String> links) throws IOException {
    List<String> found = new ArrayList<>();
    for (String folder : new TreeSet<>(realFolders.keySet())) {
      if (!realFolders.get(folder)) {
        continue;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root.resolve(folder))) {
        for (Path entry : entries) {
          String path = folder + "/" + entry.getFileName();
          if (rendered.contains(path) || owned.contains(path) || realFolders.containsKey(path)) {
            continue;
          }
          if (Files.isSymbolicLink(entry)) {
            links.add(path);
          } else {
            found.add(Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? path + "/" : path);
          }
        }
      }
    }
    found.sort(null);
    return found;
  }
}
