[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 📦 5. Backup & Disaster Recovery" "Concepts"/]

Shipshape uses Velero: say how often an app's data is backed up and how long backups are kept, and
it renders Velero `Schedule`s, where backups go, consistent database dumps, a restore drill per
schedule, and a README with the commands to run the drill.

## The MySQL of the StatefulSet lab, backed up daily

The course has no YAML for this section; the MySQL StatefulSet of the [previous chapter](statefulsets.md)
gets `Backups.daily("02:00").keep(Duration.ofDays(30)).consistent(DatabaseDump.mysql("MYSQL_ROOT_PASSWORD"))`
on its volume, and an off-site S3 bucket:

[@g.example name="mysql" files=["*/schedule-mysql-mysql-data.yaml#spec", "*/backupstoragelocation-offsite.yaml#spec", "*/mysql/statefulset.yaml#spec.template.metadata.annotations", "*/drills/restore-mysql-mysql-data.yaml#spec"]/]

Before each backup, a pre hook runs `mysqldump --single-transaction` in the `mysql` container (the
password read from the Secret-backed variable) onto the replica's own `data-dump` volume, which the
snapshot then captures; a post hook keeps the newest two dumps. A snapshot of a running database is
only crash-consistent; the dump is consistent. The stack's
[`README.md`](../golden/mysql/mysql/README.md) lists the schedules and locations and gives the exact
commands to restore the latest backup into a scratch namespace, check it and clean up;
`.platform/velero-values.yaml` configures the upstream Velero chart to match.

## Refused: schedules that would not protect anything

A retention shorter than the gap between backups leaves days without any backup:

[@g.example name="backup-ttl-short"/]

A six-field (Quartz-style) cron expression is stored by Velero and then fails at run time:

[@g.example name="backup-cron-seconds"/]

## Best practices, and how Shipshape applies them

[@g.quote "## 📦 5. Backup & Disaster Recovery" "Best Practices"/]

- Daily database backups are one line; `.production()` refuses persistent data that no schedule
  covers (`BACKUP-PRODUCTION`), and a `BackupPolicy` covers several apps with one schedule
  ([@g.sample "backup-policy"/]).
- Backups go to a `BackupStorage` bucket (S3, GCS, Azure Blob; MinIO through `.endpoint(...)`) in
  another account or region, with credentials only as Secret references; `.readOnly()` locations let
  a DR cluster restore another cluster's backups.
- Every schedule gets a restore drill (`drills/restore-*.yaml`) and the README's commands to run it.
- Without snapshots, file-system backups with Velero's node agent ([@g.sample "postgres"/]).

## Discussion

[@g.question "q-mysql-backup"]
Back up both the objects and the data, consistently, off the cluster, and prove the restore. With
Velero: a `Schedule` (daily at 02:00, kept 30 days) selects the MySQL StatefulSet by its labels and
snapshots its volumes through the CSI snapshot class; a pre hook runs `mysqldump
--single-transaction` onto a dump volume first, because a snapshot of a running database is only
crash-consistent (`FLUSH TABLES WITH READ LOCK` does not help: the lock ends when the hook's client
exits); the backup goes to a bucket in another account or region, so losing the cluster does not lose
the backups. To restore, create a Velero `Restore` from the schedule's latest backup — into a scratch
namespace for a drill, or the original one after a disaster — then load the newest dump if the
snapshot alone is not enough. Run the drill regularly: [@g.sample "mysql"/] renders all of it,
including the drill and its README.
[/@g.question]
