package dev.shipshape.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stack-level backup policy: one schedule covering several apps (or every app with persistent
 * data), rendered as one Velero {@code Schedule}.
 *
 * <pre>{@code
 * Stack.named("shop").backupPolicy(BackupPolicy.named("nightly")
 *     .covering("orders-db", "search").with(Backups.daily("01:00").keep(Duration.ofDays(14))));
 * }</pre>
 *
 * @param name the policy's name, part of the Schedule's name
 * @param apps the apps it covers; every app with persistent data when empty
 * @param backups the schedule and retention
 * @param source where the user declared it
 */
public record BackupPolicy(String name, List<String> apps, Backups backups, Optional<SourceLocation> source) {

  public BackupPolicy {
    Objects.requireNonNull(name, "name");
    apps = List.copyOf(apps);
    Objects.requireNonNull(backups, "backups");
    Objects.requireNonNull(source, "source");
  }

  /** Starts a policy called {@code name}. */
  public static Draft named(String name) {
    return new Draft(name, List.of(), SourceLocation.ofCaller());
  }

  /**
   * A policy whose schedule is still to be given.
   *
   * @param name the policy's name
   * @param apps the apps it covers; every app with persistent data when empty
   * @param source where the user declared it
   */
  public record Draft(String name, List<String> apps, Optional<SourceLocation> source) {

    /** Limits the policy to the named apps. */
    public Draft covering(String... appNames) {
      return new Draft(name, List.of(appNames), source);
    }

    /** Completes the policy with its schedule. */
    public BackupPolicy with(Backups.Builder backups) {
      return new BackupPolicy(name, apps, backups.build(), source);
    }
  }
}
