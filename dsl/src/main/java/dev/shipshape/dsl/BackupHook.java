package dev.shipshape.dsl;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A command Velero runs in the app's container before or after it backs up the pod's volumes, e.g.
 * to flush or dump a database. Commands are not run in a shell: use {@code /bin/sh -c} for
 * variables and pipes.
 *
 * <pre>{@code
 * BackupHook.pre("/bin/sh", "-c", "redis-cli save").inContainer("redis").timeout(Duration.ofMinutes(2));
 * }</pre>
 *
 * @param phase before or after the backup
 * @param container the container to run in; the pod's first container when empty
 * @param command the command and its arguments
 * @param failBackupOnError whether a failing command fails the backup ({@code onError: Fail})
 * @param timeout how long the command may run
 */
public record BackupHook(Phase phase, Optional<String> container, List<String> command,
    boolean failBackupOnError, Duration timeout) {

  /** When a hook runs. */
  public enum Phase {
    /** Before the volumes are backed up. */
    PRE,
    /** After the volumes are backed up. */
    POST
  }

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public BackupHook {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(container, "container");
    command = List.copyOf(command);
    Objects.requireNonNull(timeout, "timeout");
  }

  /** A command run before the backup; a failure fails the backup. */
  public static BackupHook pre(String... command) {
    return new BackupHook(Phase.PRE, Optional.empty(), List.of(command), true, DEFAULT_TIMEOUT);
  }

  /** A command run after the backup; a failure is logged and the backup goes on. */
  public static BackupHook post(String... command) {
    return new BackupHook(Phase.POST, Optional.empty(), List.of(command), false, DEFAULT_TIMEOUT);
  }

  /** The same hook, run in the named container. */
  public BackupHook inContainer(String name) {
    return new BackupHook(phase, Optional.of(name), command, failBackupOnError, timeout);
  }

  /** The same hook, allowed to run for {@code limit}. */
  public BackupHook timeout(Duration limit) {
    return new BackupHook(phase, container, command, failBackupOnError, limit);
  }

  /** The same hook, whose failure does not fail the backup ({@code onError: Continue}). */
  public BackupHook continueOnError() {
    return new BackupHook(phase, container, command, false, timeout);
  }
}
