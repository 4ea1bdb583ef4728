[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
[@g.quote "## 🗂️ 2. Volumes in Kubernetes" "Concepts"/]

An app says what it keeps: `.volume(name, Volume.emptyDir("1Gi") | configMap(..) | secret(..) |
claim(..))` and `.mount(path, name)`, or `.persist(path, size)` for data that must outlive the pod,
which creates the claim too. Every pod also gets a small `emptyDir` at `/tmp`, because its root file
system is read-only.

## Lab 1: emptyDir

[@g.lab "### 🔹 Lab 1: Using emptyDir"/]

[@g.example name="emptydir-lab" files=["*/busybox/deployment.yaml#spec.template.spec.securityContext,spec.template.spec.containers.volumeMounts,spec.template.spec.volumes"]/]

The bare Pod becomes a Deployment (a bare Pod that dies is not replaced), runs as a non-root user
with a read-only root file system, and the scratch space gets a size limit: an unbounded `emptyDir`
can fill the node's disk and get every pod on it evicted.

## Lab 2: PersistentVolume and claim

[@g.lab "### 🔹 Lab 2: PersistentVolume & PVC"/]

The lab's volume is a directory of the node. As written, Shipshape refuses it:

[@g.example name="pv-hostpath"/]

With a reason (a single-node lab cluster), the same volume renders, and the claim is bound to exactly
this volume — the lab's claim names no volume and no class, so on a cluster with a default
StorageClass it would get a new dynamic volume instead of `pv-demo`:

[@g.example name="pv-lab" files=["_cluster/*/persistentvolume-pv-demo.yaml#spec", "*/persistentvolumeclaim-pvc-demo.yaml#spec"]/]

The claim must fit the volume, ask for access modes it offers and match its class
(`STORAGE-PV-BINDING`, `STORAGE-ACCESS-MODE`); sizes are checked as quantities (`5GB` → "did you mean
5Gi?").

## Best practices, and how Shipshape applies them

[@g.quote "## 🗂️ 2. Volumes in Kubernetes" "Best Practices"/]

- `hostPath` is refused without a written reason (`VOL-HOSTPATH`); in a pod it also breaks Pod
  Security "restricted" (`VOL-HOSTPATH-PSS`), and `.production()` refuses it with a rule no
  suppression silences (`VOL-HOSTPATH-PRODUCTION`).
- Dynamic provisioning and encryption at rest: [StorageClasses and CSI](storage-classes-and-csi.md).

## Discussion

[@g.question "q-emptydir-vs-pv"]
An `emptyDir` is created empty when the pod is scheduled and deleted with the pod: scratch space and
a place for the pod's containers to share files, on the node's disk (or in memory with
`Volume.memory(...)`), surviving container restarts but not rescheduling ([@g.sample "emptydir-lab"/]).
A PersistentVolume is storage with its own lifecycle — a cloud disk, an NFS export — that a pod
reaches through a claim; it outlives the pod, follows it to another node (within its zone, for
block disks), and is kept or deleted by its reclaim policy ([@g.sample "pv-lab"/],
[@g.sample "ebs-csi-storage"/]).
[/@g.question]

[@g.question "q-hostpath"]
A `hostPath` volume is a directory of whichever node the pod lands on: the data does not follow the
pod to another node, two pods on two nodes see different data, nothing sizes or backs it up, and the
pod can read or write the node's own files — a container escape waiting to happen, which is why Pod
Security "restricted" forbids it. Use a claim on a StorageClass instead. Shipshape refuses it unless
you say why ([@g.sample "pv-hostpath"/]), and even then only outside production ([@g.sample "pv-lab"/]).
[/@g.question]
