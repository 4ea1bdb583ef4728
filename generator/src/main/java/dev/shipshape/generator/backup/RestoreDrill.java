package dev.shipshape.generator.backup;

import dev.shipshape.dsl.Stack;

/**
 * Names of a restore drill: the Restore object of a schedule and the scratch namespace it restores
 * into, shared by the drill manifest and the stack's README.
 *
 * <pre>{@code
 * RestoreDrill.scratchNamespace(shop);    // "shop-restore-drill"
 * RestoreDrill.restoreName(schedule);     // "shop-db-data-drill"
 * RestoreDrill.path(schedule);            // "drills/restore-shop-db-data.yaml"
 * }</pre>
 */
public final class RestoreDrill {

  private static final String SCRATCH_SUFFIX = "-restore-drill";
  private static final int MAX_NAMESPACE = 63;

  private RestoreDrill() {}

  /** The throw-away namespace drills restore into: {@code <namespace>-restore-drill}, at most 63 characters. */
  public static String scratchNamespace(Stack stack) {
    String base = stack.namespaceName();
    int room = MAX_NAMESPACE - SCRATCH_SUFFIX.length();
    if (base.length() > room) {
      base = base.substring(0, room).replaceAll("-+$", "");
    }
    return base + SCRATCH_SUFFIX;
  }

  /** The name of the drill's Restore object. */
  public static String restoreName(ScheduledBackup schedule) {
    return schedule.name() + "-drill";
  }

  /** The drill's file, relative to the stack's directory. */
  public static String path(ScheduledBackup schedule) {
    return "drills/restore-" + schedule.name() + ".yaml";
  }
}
