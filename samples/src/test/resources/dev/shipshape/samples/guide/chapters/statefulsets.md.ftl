[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
A StatefulSet gives each replica a stable name (`mysql-0`, `mysql-1`, …), a stable DNS name through
its headless Service, and its own volume from a claim template, kept across restarts and
rescheduling. `App.statefulSet(name)` with `.persist(path, size)` renders all three.

## Lab 4: StatefulSet with PVCs

[@g.lab "### 🔹 Lab 4: StatefulSet with PVCs"/]

The lab writes the root password into the manifest, where everyone who can read the StatefulSet —
or the Git repository it lives in — can read it too. As written, Shipshape refuses it:

[@g.example name="mysql-literal-password"/]

The same StatefulSet with the password from a Secret:

[@g.example name="mysql" files=["*/mysql/statefulset.yaml#spec.serviceName,spec.replicas,spec.podManagementPolicy,spec.persistentVolumeClaimRetentionPolicy,spec.template.spec.containers.env,spec.volumeClaimTemplates", "*/mysql/service.yaml#spec", "*/mysql/poddisruptionbudget.yaml#spec"]/]

What Shipshape added: `serviceName` is the app's own headless Service (`clusterIP: None`), claims are
kept when the StatefulSet is deleted or scaled down (`Retain`; `.deleteClaimsWithPods()` to change
that), a PodDisruptionBudget keeps a quorum through node drains, replicas are spread over nodes and
zones, and the claims use the stack's encrypted default class. The `data-dump` claim holds the
consistent dumps of the [backups](backup-and-dr.md).

## Discussion

[@g.question "q-statefulset-vs-deployment"]
A Deployment's replicas are interchangeable: they share whatever claims the pod template names, so
with a ReadWriteOnce disk every replica would mount the same volume (only possible on one node), and
a rolling update starts the new pod before the old one lets go of the disk. Shipshape therefore
renders `strategy: Recreate` for a Deployment with a claim, and refuses several replicas on one
ReadWriteOnce claim, suggesting a StatefulSet (`STORAGE-RWO-SHARED`; [@g.sample "ebs-csi-storage"/]
is a single writer). A StatefulSet gives each replica its own claim from `volumeClaimTemplates`
(`data-mysql-0`, `data-mysql-1`, …), re-attaches the same claim when `mysql-1` is rescheduled, starts
and stops replicas in order, and keeps the claims when it is deleted or scaled down — what databases
and queues need ([@g.sample "mysql"/]).
[/@g.question]
