package dev.shipshape.dsl;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A backup schedule for an app's persistent data, rendered as a Velero {@code Schedule}.
 *
 * <p>Backups are kept 30 days unless {@link Builder#keep(Duration)} says otherwise, use volume
 * snapshots unless {@link Builder#fileSystem()} is chosen, and go to the stack's default backup
 * storage location unless {@link Builder#to(String)} names another.
 *
 * <pre>{@code
 * Backups.daily("02:00").keep(Duration.ofDays(30)).inTimeZone("Europe/Berlin");
 * Backups.every(Duration.ofHours(6)).keep(Duration.ofDays(2)).fileSystem();
 * Backups.cron("30 1 * * 1-5").to("offsite");
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Backups {

  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  /** Implemented only by the code Immutables generates for the DSL; built through the factories. */
  Backups() {}

  /** The five-field cron expression, unless the schedule is a fixed {@link #interval()}. */
  public abstract Optional<String> cron();

  /** The fixed interval between backups ({@code @every}), unless the schedule is a {@link #cron()}. */
  public abstract Optional<Duration> interval();

  /** The IANA time zone the schedule is read in ({@code CRON_TZ=}); UTC when empty. */
  public abstract Optional<String> timeZone();

  /** How long each backup is kept. */
  @Value.Default
  public Duration retention() {
    return Duration.ofDays(30);
  }

  /** How volume data is copied. */
  @Value.Default
  public BackupMethod method() {
    return BackupMethod.SNAPSHOT;
  }

  /** The backup storage location; the stack's default when empty. */
  public abstract Optional<String> storageLocation();

  /** Commands run around the backup. */
  public abstract List<BackupHook> hooks();

  /** A consistent database dump taken before each backup. */
  public abstract Optional<DatabaseDump> dump();

  /** Whether the schedule is created paused. */
  @Value.Default
  public boolean paused() {
    return false;
  }

  /** Whether the first backup waits for the first scheduled time instead of running at once. */
  @Value.Default
  public boolean skipImmediately() {
    return false;
  }

  /** Whether backups are owned by the schedule and deleted with it. */
  @Value.Default
  public boolean ownedBySchedule() {
    return false;
  }

  /** Whether snapshot data is copied into the backup storage, so it survives losing the cluster. */
  @Value.Default
  public boolean moveSnapshotData() {
    return false;
  }

  /** Where the user declared the schedule. */
  @Value.Auxiliary
  public abstract Optional<SourceLocation> source();

  /** Every day at {@code time} ("HH:MM", 24-hour clock). */
  public static Builder daily(String time) {
    return cron(atTime(time, "*"));
  }

  /** Every week on {@code day} at {@code time} ("HH:MM"). */
  public static Builder weekly(DayOfWeek day, String time) {
    return cron(atTime(time, String.valueOf(day.getValue() % 7)));
  }

  /** Every hour, on the hour. */
  public static Builder hourly() {
    return cron("0 * * * *");
  }

  /** At a fixed interval from the schedule's creation, e.g. {@code every(Duration.ofHours(6))}. */
  public static Builder every(Duration interval) {
    return new Builder(new ImmutableBackups.Builder().interval(interval).source(SourceLocation.ofCaller()));
  }

  /** On a five-field cron expression: minute hour day-of-month month day-of-week. */
  public static Builder cron(String expression) {
    return new Builder(new ImmutableBackups.Builder().cron(expression).source(SourceLocation.ofCaller()));
  }

  /** A time "HH:MM" as cron fields; kept verbatim when malformed so validation can report it. */
  private static String atTime(String time, String dayOfWeek) {
    Matcher matcher = TIME.matcher(time);
    if (!matcher.matches()) {
      return "time '" + time + "'";
    }
    return Integer.parseInt(matcher.group(2)) + " " + Integer.parseInt(matcher.group(1)) + " * * " + dayOfWeek;
  }

  /**
   * Fluent builder of {@link Backups}; also a {@link PersistOption}, so a schedule can be the third
   * argument of {@code persist(path, size, ...)}. Hand-written verbs over the generated builder (see
   * {@link App.Builder} for the pattern).
   */
  public static final class Builder implements PersistOption {

    private final ImmutableBackups.Builder backups;

    Builder(ImmutableBackups.Builder backups) {
      this.backups = backups;
    }

    /** Backs up the app whose data {@code persistence} is. */
    @Override
    public Persistence.Builder applyTo(Persistence.Builder persistence) {
      return persistence.backups(this);
    }

    /**
     * Keeps each backup for {@code duration} (Velero's {@code ttl}), e.g.
     * {@code .keep(Duration.ofDays(30))}.
     */
    public Builder keep(Duration duration) {
      backups.retention(duration);
      return this;
    }

    /** Reads the schedule in an IANA time zone, e.g. {@code .inTimeZone("Europe/Berlin")}. */
    public Builder inTimeZone(String zone) {
      backups.timeZone(zone);
      return this;
    }

    /**
     * Backs volumes up file by file with Velero's node agent instead of snapshots, e.g.
     * {@code .fileSystem()}.
     */
    public Builder fileSystem() {
      backups.method(BackupMethod.FILE_SYSTEM);
      return this;
    }

    /** Sends backups to the named backup storage location, e.g. {@code .to("offsite")}. */
    public Builder to(String location) {
      backups.storageLocation(location);
      return this;
    }

    /**
     * Runs {@code hook} around each backup, e.g. {@code .hook(BackupHook.pre("/bin/sync"))}; each
     * call adds one.
     */
    public Builder hook(BackupHook hook) {
      backups.addHooks(hook);
      return this;
    }

    /**
     * Takes a consistent database dump into a dedicated volume before each backup, e.g.
     * {@code .consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"))}.
     */
    public Builder consistent(DatabaseDump databaseDump) {
      backups.dump(databaseDump);
      return this;
    }

    /** Creates the schedule paused, e.g. {@code .paused()}. */
    public Builder paused() {
      backups.paused(true);
      return this;
    }

    /**
     * Waits for the first scheduled time instead of backing up at once, e.g.
     * {@code .skipImmediately()}.
     */
    public Builder skipImmediately() {
      backups.skipImmediately(true);
      return this;
    }

    /**
     * Lets the schedule own its backups, so deleting it deletes them, e.g.
     * {@code .ownedBySchedule()}.
     */
    public Builder ownedBySchedule() {
      backups.ownedBySchedule(true);
      return this;
    }

    /**
     * Copies snapshot data into the backup storage so it survives losing the cluster or region,
     * e.g. {@code .moveSnapshotData()}.
     */
    public Builder moveSnapshotData() {
      backups.moveSnapshotData(true);
      return this;
    }

    /** The schedule as declared. */
    public Backups build() {
      return backups.build();
    }
  }
}
