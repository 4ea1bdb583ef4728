[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 🔌 4. Container Storage Interface (CSI)" "Concepts"/]

A StorageClass names a CSI driver and its parameters; a claim that names the class (or none, when
the class is the default) gets a volume created for it. In Shipshape, `StorageClass.awsEbs(name)`,
`azureDisk`, `gcpPd`, `nfs`, `cephRbd` or `provisioner(name, driver)` render a class that is
encrypted at rest where the driver supports it, keeps its volumes (`Retain`), can grow
(`allowVolumeExpansion`) and waits for the first pod (`WaitForFirstConsumer`), so the disk is created
in the zone where the pod runs.

## Lab 3: StorageClass and dynamic provisioning

[@g.lab "### 🔹 Lab 3: StorageClass & Dynamic Provisioning"/]

[@g.lab "Create PVC with SC:"/]

`kubernetes.io/aws-ebs` is an in-tree provisioner, removed from Kubernetes: the lab as written
provisions nothing. Shipshape refuses it and names the CSI driver and its parameters:

[@g.example name="gp2-storage"/]

The fixed twin: the EBS CSI driver with gp3 volumes, encrypted with a KMS key, and the lab's claim
used by a pod, since a `WaitForFirstConsumer` claim is only provisioned once a pod mounts it:

[@g.example name="ebs-csi-storage" files=["_cluster/*/storageclass-gp3-encrypted.yaml", "*/persistentvolumeclaim-pvc-dynamic.yaml#spec"]/]

## Snapshots and clones

[@g.example name="snapshots" files=["_cluster/*/volumesnapshotclass-ebs-snapshots.yaml", "*/volumesnapshot-uploads-snap-1.yaml#spec", "*/persistentvolumeclaim-uploads-restore.yaml#spec", "*/persistentvolumeclaim-uploads-clone.yaml#spec.dataSourceRef"]/]

A `VolumeSnapshotClass` per driver is its default, keeps snapshots (`Retain`) and is labelled as the
class Velero uses. Snapshots and clones must name claims the stack creates, stay on one driver, and
restore into a claim at least as large as the source (`STORAGE-DATA-SOURCE`).

## Best practices, and how Shipshape applies them

[@g.quote "## 🔌 4. Container Storage Interface (CSI)" "Best Practices"/]

- Only CSI drivers: in-tree provisioners are an error whose hint gives the CSI class
  (`STORAGE-CLASS-LEGACY`), and the driver's parameters are checked (`STORAGE-CLASS-PARAMETERS`).
- Encryption at rest is on by default; turning it off takes `.unencrypted("<why>")`
  (`STORAGE-ENCRYPTION`).
- Snapshots and clones are one call each: `Snapshot.of(...)`, `Claim...restoredFrom(...)`,
  `Claim...clonedFrom(...)`.

## Discussion

[@g.question "q-dynamic-provisioning"]
A claim asks for a size, access modes and a StorageClass (or none, meaning the default class).
The external provisioner sidecar of the class's CSI driver watches for such claims and calls the
driver's `CreateVolume` with the class's `parameters` (disk type, encryption, file system); the new
PersistentVolume is bound to the claim, and the kubelet attaches and mounts it where the pod runs.
With `volumeBindingMode: WaitForFirstConsumer` that waits until a pod using the claim is scheduled,
so the disk is created in the pod's zone; `reclaimPolicy` decides whether the disk survives the
claim. [@g.sample "ebs-csi-storage"/] shows the class and a claim that uses it; the lab's in-tree
class is refused in [@g.sample "gp2-storage"/].
[/@g.question]
