package dev.shipshape.generator.backup;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One Velero Schedule the stack asks for: from a {@code persist(..., Backups...)} of one app, or from
 * a stack-level {@code BackupPolicy} covering several.
 *
 * <pre>{@code
 * ScheduledBackup daily = BackupModel.of(stack).schedules().get(0);
 * daily.name();   // "shop-db-data"
 * daily.apps();   // [db]
 * }</pre>
 *
 * @param name the Schedule's name in the Velero namespace: {@code <stack>-<app>-<volume>} or
 *     {@code <stack>-<policy>}
 * @param backups when, how and where
 * @param apps the apps it backs up, in stack order
 * @param persistence the volume whose {@code persist(...)} declared it; empty for a policy
 * @param policy the policy's name; empty for a schedule declared on a volume
 * @param source where the user declared it
 */
public record ScheduledBackup(String name, Backups backups, List<App> apps, Optional<Persistence> persistence,
    Optional<String> policy, Optional<SourceLocation> source) {

  public ScheduledBackup {
    apps = List.copyOf(apps);
  }

  /** Whether a stack-level policy declared it. */
  public boolean fromPolicy() {
    return policy.isPresent();
  }
}
