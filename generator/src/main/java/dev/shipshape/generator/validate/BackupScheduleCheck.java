package dev.shipshape.generator.validate;

import dev.shipshape.dsl.App;
import dev.shipshape.dsl.BackupPolicy;
import dev.shipshape.dsl.Backups;
import dev.shipshape.dsl.Persistence;
import dev.shipshape.dsl.Profile;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.backup.BackupModel;
import dev.shipshape.generator.backup.DurationWords;
import dev.shipshape.generator.backup.ScheduledBackup;
import dev.shipshape.generator.diagnostics.Rule;
import dev.shipshape.generator.syntax.Cron;
import dev.shipshape.generator.syntax.GoDuration;
import dev.shipshape.generator.syntax.Names;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Backup schedules: valid unique names, a five-field cron Velero's scheduler accepts (or
 * {@code @every}), an IANA time zone, a retention that spans the longest gap between backups, apps
 * that exist and keep data, and — in production — a schedule for every app that keeps data.
 */
final class BackupScheduleCheck implements Check {

  static final Rule NAME = Rule.error("BACKUP-NAME",
      "a backup policy, schedule or location name is invalid, too long or used twice");
  static final Rule CRON_FIELDS = Rule.error("BACKUP-CRON-FIELDS",
      "a six-field cron (with seconds): Velero stores it, then fails the schedule");
  static final Rule CRON = Rule.error("BACKUP-CRON", "a backup schedule is not a valid cron expression or interval");
  static final Rule TIME_ZONE = Rule.error("BACKUP-TIME-ZONE", "a backup time zone is not an IANA zone name");
  static final Rule TTL = Rule.error("BACKUP-TTL",
      "backups expire before the next one is taken, leaving times without any backup");
  static final Rule NOTHING_PERSISTENT = Rule.error("BACKUP-NOTHING-PERSISTENT",
      "a backup schedule covers an app with no persistent data, or no app at all");
  static final Rule POLICY_APP = Rule.error("BACKUP-POLICY-APP", "a backup policy names an app the stack does not have");
  static final Rule PRODUCTION = Rule.error("BACKUP-PRODUCTION",
      "a production stack keeps persistent data that no schedule backs up");

  /** Velero labels each backup with its schedule's name, so the name must fit a label value. */
  private static final int MAX_SCHEDULE_NAME = 63;

  @Override
  public List<Rule> rules() {
    return List.of(NAME, CRON_FIELDS, CRON, TIME_ZONE, TTL, NOTHING_PERSISTENT, POLICY_APP, PRODUCTION);
  }

  @Override
  public void check(Stack stack, Findings findings) {
    BackupModel model = BackupModel.of(stack);
    Set<String> policyNames = new HashSet<>();
    for (BackupPolicy policy : stack.backupPolicies()) {
      Where where = Where.stack(stack, "backupPolicy/" + policy.name()).at(policy.source());
      if (!Names.isDns1123Label(policy.name())) {
        findings.report(NAME, where, "backup policy name '" + policy.name() + "' is not a DNS-1123 label",
            "use lowercase letters, digits and '-', e.g. '" + NameCheck.suggestLabel(policy.name()) + "'");
      } else if (!policyNames.add(policy.name())) {
        findings.report(NAME, where, "backup policy '" + policy.name() + "' is declared twice",
            "give every backup policy of the stack its own name");
      }
      checkPolicyApps(stack, policy, where, findings);
    }
    for (ScheduledBackup schedule : model.schedules()) {
      Where where = where(stack, schedule);
      if (schedule.name().length() > MAX_SCHEDULE_NAME) {
        findings.report(NAME, where, "schedule name '" + schedule.name() + "' has " + schedule.name().length()
                + " characters; Velero labels every backup with it, and a label value has at most "
                + MAX_SCHEDULE_NAME, "shorten the stack, app, volume or policy name");
      }
      checkTiming(schedule.backups(), where, findings);
      checkCoverage(schedule, where, findings);
    }
    if (stack.profile() == Profile.PRODUCTION) {
      checkProduction(stack, model, findings);
    }
  }

  /** Where findings about {@code schedule} point: the volume's backups, or the policy. */
  static Where where(Stack stack, ScheduledBackup schedule) {
    if (schedule.persistence().isPresent()) {
      return Where.app(stack, schedule.apps().get(0), "persist/" + schedule.persistence().get().name() + "/backups")
          .at(schedule.source());
    }
    return Where.stack(stack, "backupPolicy/" + schedule.policy().orElseThrow()).at(schedule.source());
  }

  private static void checkPolicyApps(Stack stack, BackupPolicy policy, Where where, Findings findings) {
    List<String> known = stack.apps().stream().map(App::name).toList();
    for (String name : policy.apps()) {
      if (!known.contains(name)) {
        findings.report(POLICY_APP, where, "backup policy '" + policy.name() + "' covers app '" + name
                + "', which the stack does not have" + (known.isEmpty() ? "" : " (it has " + known + ")"),
            DidYouMean.closest(name, known).map(n -> "did you mean '" + n + "'?")
                .orElse("name apps of the stack in .covering(...), or leave it out to cover every app that keeps data"));
      }
    }
  }

  private static void checkTiming(Backups backups, Where where, Findings findings) {
    Optional<Cron> cron = parse(backups, where, findings);
    backups.timeZone().ifPresent(zone -> {
      if (backups.interval().isPresent()) {
        findings.report(TIME_ZONE, where, "time zone " + zone + " has no effect on an interval ('"
                + BackupModel.expression(backups) + "' counts from the schedule's creation)",
            "drop .inTimeZone(\"" + zone + "\"), or use a cron schedule such as Backups.daily(\"02:00\")");
      } else if (!ZoneId.getAvailableZoneIds().contains(zone)) {
        findings.report(TIME_ZONE, where, "'" + zone + "' is not an IANA time zone name; Velero would fail the schedule",
            DidYouMean.closest(zone, ZoneId.getAvailableZoneIds()).map(z -> "did you mean '" + z + "'?")
                .orElse("use a region name such as 'Europe/Berlin' or 'America/New_York', or 'UTC'"));
      }
    });
    Duration retention = backups.retention();
    if (retention.isNegative() || retention.isZero()) {
      findings.report(TTL, where, "backups are kept " + GoDuration.format(retention) + ", so none would exist",
          "keep them at least until the next backup, e.g. .keep(Duration.ofDays(30))");
      return;
    }
    cron.flatMap(Cron::longestGap).filter(gap -> retention.compareTo(gap) < 0).ifPresent(gap ->
        findings.report(TTL, where, "backups are kept " + DurationWords.of(retention) + " but '" + BackupModel.expression(backups)
                + "' leaves up to " + DurationWords.of(gap) + " between backups, so for " + DurationWords.of(gap.minus(retention))
                + " at a time no backup exists",
            "keep each backup at least " + DurationWords.of(gap) + ", e.g. .keep(Duration.ofDays(" + Math.max(1, ceilDays(gap) * 2)
                + ")), or back up more often"));
  }

  private static Optional<Cron> parse(Backups backups, Where where, Findings findings) {
    if (backups.interval().isPresent()) {
      Duration interval = backups.interval().get();
      if (interval.isNegative() || interval.isZero() || interval.getNano() != 0) {
        findings.report(CRON, where, "interval " + interval + " is not a positive whole number of seconds",
            "e.g. Backups.every(Duration.ofHours(6))");
        return Optional.empty();
      }
    }
    String text = backups.interval().isPresent() ? BackupModel.expression(backups) : backups.cron().orElse("");
    Cron.Parsed parsed = Cron.parse(text);
    if (parsed.error().isEmpty()) {
      return parsed.cron();
    }
    String[] fields = text.trim().split("\\s+");
    if (fields.length == 6) {
      findings.report(CRON_FIELDS, where, parsed.error().get(),
          "drop the leading seconds field: Backups.cron(\"" + String.join(" ", List.of(fields).subList(1, 6)) + "\")");
    } else {
      findings.report(CRON, where, "backup schedule " + parsed.error().get(),
          "write five fields, minute hour day-of-month month day-of-week, e.g. Backups.cron(\"30 1 * * *\"), "
              + "or use Backups.daily(\"01:30\") / Backups.every(Duration.ofHours(6))");
    }
    return Optional.empty();
  }

  private static void checkCoverage(ScheduledBackup schedule, Where where, Findings findings) {
    if (schedule.fromPolicy() && schedule.apps().isEmpty()) {
      findings.report(NOTHING_PERSISTENT, where, "backup policy '" + schedule.policy().get()
              + "' covers no app that keeps data",
          "persist data in an app with .persist(path, size), or remove the policy");
      return;
    }
    for (App app : schedule.apps()) {
      if (app.persistence().isEmpty()) {
        findings.report(NOTHING_PERSISTENT, where, "schedule '" + schedule.name() + "' backs up app '" + app.name()
                + "', which keeps no persistent data",
            "back up apps that .persist(...) data; stateless apps are restored by applying their manifests again");
      }
    }
  }

  private static void checkProduction(Stack stack, BackupModel model, Findings findings) {
    for (App app : stack.apps()) {
      if (app.persistence().isEmpty() || !model.covering(app).isEmpty()) {
        continue;
      }
      Persistence first = app.persistence().get(0);
      findings.report(PRODUCTION, Where.app(stack, app, "persist/" + first.name()).at(first.source()),
          "app '" + app.name() + "' keeps data at " + first.mountPath() + " but no backup schedule covers it, "
              + "and this stack is for production",
          "add a schedule: .persist(\"" + first.mountPath() + "\", \"" + first.size()
              + "\", Backups.daily(\"02:00\")), or cover the app with a stack .backupPolicy(...)");
    }
  }

  private static long ceilDays(Duration duration) {
    return (duration.toHours() + 23) / 24;
  }
}
