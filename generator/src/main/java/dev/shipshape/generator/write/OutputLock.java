package dev.shipshape.generator.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The lock of one output directory for one run: an operating-system lock on
 * {@code .shipshape/lock}, which the system releases when the process ends however it ends (so a
 * killed run never leaves the directory locked). A write holds it exclusively, a check shared.
 *
 * <p>Within one JVM, runs on the same directory also queue on a semaphore first: the operating
 * system's locks belong to the process, and closing any channel of the lock file would release a
 * lock another thread holds.
 */
final class OutputLock implements AutoCloseable {

  /** One permit per output directory in this JVM: the OS lock cannot tell two threads apart. */
  private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

  private static final long POLL_MILLIS = 100;

  private final Semaphore permit;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Semaphore permit, FileChannel channel, FileLock lock) {
    this.permit = permit;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code root} (whose work directory must exist when {@code exclusive}), waiting up to
   * {@code wait.timeout()} and telling {@code wait.notice()} once that it waits and for whom.
   *
   * @throws OutputLockedException when another run still holds the lock after the timeout
   */
  static OutputLock acquire(Path root, Path lockFile, boolean exclusive, LockWait wait) throws IOException {
    Instant deadline = Instant.now().plus(wait.timeout());
    Semaphore permit = IN_THIS_JVM.computeIfAbsent(root.toRealPath(), r -> new Semaphore(1));
    boolean noticed = false;
    try {
      while (!permit.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        noticed = waitOrFail(root, "another run in this JVM", deadline, wait, noticed);
      }
      try {
        return lockFile(root, lockFile, exclusive, wait, deadline, noticed, permit);
      } catch (IOException | RuntimeException | InterruptedException e) {
        permit.release();
        throw e;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OutputLockedException(root, "interrupted while waiting for the lock");
    }
  }

  private static OutputLock lockFile(Path root, Path lockFile, boolean exclusive, LockWait wait, Instant deadline,
      boolean noticedBefore, Semaphore permit) throws IOException, InterruptedException {
    Set<StandardOpenOption> options = exclusive
        ? Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
        : Set.of(StandardOpenOption.READ);
    FileChannel channel = FileChannel.open(lockFile, withNoFollow(options));
    boolean noticed = noticedBefore;
    try {
      while (true) {
        FileLock lock = tryLock(channel, exclusive);
        if (lock != null) {
          if (exclusive) {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
          }
          return new OutputLock(permit, channel, lock);
        }
        noticed = waitOrFail(root, holderOf(channel), deadline, wait, noticed);
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException | RuntimeException | InterruptedException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      permit.release();
    }
  }

  private static FileLock tryLock(FileChannel channel, boolean exclusive) throws IOException {
    try {
      return channel.tryLock(0, Long.MAX_VALUE, !exclusive);
    } catch (OverlappingFileLockException e) {
      return null;   // held through another channel of this JVM: busy, as for another process
    }
  }

  private static boolean waitOrFail(Path root, String holder, Instant deadline, LockWait wait, boolean noticed)
      throws OutputLockedException {
    if (!Instant.now().isBefore(deadline)) {
      throw new OutputLockedException(root, holder + " holds it"
          + (wait.timeout().isZero() ? "" : " still, after " + describe(wait.timeout())));
    }
    if (!noticed) {
      wait.notice().accept("waiting for the lock on " + root + ": " + holder + " holds it (up to "
          + describe(wait.timeout()) + ")");
    }
    return true;
  }

  /** What the holder wrote into the lock file: who it is. */
  private static String holderOf(FileChannel channel) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(200);
    channel.read(bytes, 0);
    String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "another run" : text;
  }

  /** {@code the run of process 4711 (started 2026-12-02T14:05:01Z)}. */
  private static String holder() {
    ProcessHandle self = ProcessHandle.current();
    return "the run of process " + self.pid()
        + self.info().startInstant().map(start -> " (started " + start.truncatedTo(ChronoUnit.SECONDS) + ")").orElse("")
        + "\n";
  }

  private static String describe(Duration timeout) {
    return timeout.toSeconds() >= 1 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
  }

  private static OpenOption[] withNoFollow(Set<StandardOpenOption> options) {
    OpenOption[] all = options.toArray(new OpenOption[options.size() + 1]);
    all[options.size()] = LinkOption.NOFOLLOW_LINKS;
    return all;
  }

  /**
   * How a run waits for a lock another run holds: up to {@code timeout} (zero: not at all), telling
   * {@code notice} once that it waits.
   *
   * @param timeout how long to wait before failing
   * @param notice receives one line when the run starts waiting
   */
  record LockWait(Duration timeout, Consumer<String> notice) {}
}
