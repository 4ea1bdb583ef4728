[#ftl]
[#import "../guide.ftl" as g]
[@g.header/]
Every real project soon needs something Shipshape does not model: a Prometheus Operator
`ServiceMonitor`, an External Secrets `ExternalSecret`, a KEDA `ScaledObject`, or the manifests a team
already runs. The escape hatches take such objects in without losing what Shipshape guarantees for
its own: they get the stack's namespace and labels, land wherever generated objects go (plain
layout, kustomize base and overlays, GitOps units, the Helm chart), are checked against every
generated object's identity, and every use is listed for review. A hatch never fails silently: what
cannot be read or placed is an error with its line, and nothing is written.

## Objects: a ServiceMonitor, an ExternalSecret, a KEDA ScaledObject, an included workload

[@g.example name="hatch-shop" files=["hatch-shop/base/api/servicemonitor.yaml", "hatch-shop/base/api/externalsecret-api-db.yaml", "hatch-shop/base/worker/scaledobject.yaml", "hatch-shop/base/deployment-legacy-worker.yaml#metadata", "hatch-shop/base/networkpolicy-legacy-worker.yaml#spec", ".charts/hatch-shop/templates/api/servicemonitor.yaml", "hatch-shop/base/traffic.md"]/]

- **Where objects come from.** `UserObject.yaml(text)` (a text block; several documents separated by
  `---`), `UserObject.resource(name)` (a YAML file on the class path, e.g. in `src/main/resources`),
  `UserObject.include(path)` (a file, or a directory whose `.yaml`/`.yml` files are read in path
  order), `UserObject.tree(map)` and `UserObject.custom(apiVersion, kind, name, spec)`. Empty
  documents are skipped and `kind: List` is flattened. Add them to the stack with
  `Stack.Builder.object(...)` or to an app with `App.Builder.object(...)`: an app's objects live in
  its directory, carry its labels and, in the Helm chart, follow its `enabled` value.
- **Namespace.** A namespaced kind gets the stack's namespace (in each environment, the
  environment's). Shipshape knows the scope of the core kinds and of the custom resources of
  Prometheus Operator, External Secrets, KEDA, cert-manager, Velero, Istio, Linkerd, Gateway API,
  Argo CD, Flux and CSI snapshots; any other kind declares it with `.namespaced()` or
  `.clusterScoped()`. An object that names another namespace is an error: a stack deploys into one
  namespace, so put the object in the stack that owns the other one.
- **Labels.** The stack's recommended labels (for an app's object, the app's) are merged in, and the
  object's own labels win: an included workload's selectors rely on them.
- **Identity.** An object with the group, kind, namespace and name of a generated object, or the
  same user object twice, is an error that names both sources. To change a generated object, patch it.
- **Secrets** with literal `data` or `stringData` are refused: Shipshape's rule is that secrets stay
  references. Keep the Secret in the cluster (`SecretRef.of(...)`) or let an `ExternalSecret` create
  it from your secret store, as `api-db` above does for the API's `DB_PASSWORD`.
- **Checks on what Shipshape can read.** A user workload (Deployment, StatefulSet, DaemonSet,
  ReplicaSet, Job, CronJob) gets warnings when an image is not pinned (`HATCH-OBJECT-IMAGE`) or the
  Pod Security "restricted" fields are missing (`HATCH-OBJECT-POD-SECURITY`).

## YAML read the way the cluster reads it

Kubernetes tools read YAML 1.1, many editors and libraries YAML 1.2, and the two disagree on some
plain values. Shipshape reads user YAML with Jackson and refuses what they disagree on, with the line:

| Written plain | YAML 1.1 (kubectl, Helm) | YAML 1.2 | Shipshape |
|---|---|---|---|
| `yes`, `no`, `on`, `off`, `y`, `n` | boolean | string | refused: write `true`/`false`, or quote it |
| `0755`, `0o17`, `0b101`, `1_000`, `1:30`, `1e3` | a number (octal, base 60…) or a string | another number or a string | refused: quote it, or write the decimal number |
| `.inf`, `.nan` | float | float | refused: JSON (and the API server) has no such number |
| `~`, `null`, empty | null | null | null |
| a key twice in one mapping | first or last wins | error | refused |
| `<<: *anchor` (merge key) | merged | a plain key | refused: write the keys out |
| `&anchor` … `*anchor` | copy | copy | copy |
| `!!str 0755` | string | string | string; other tags are refused |

Quoted values stay strings and are written quoted again (`"no"`, `"0755"`, `"1:30"`, `"~"`).

## Peers: a workload Shipshape did not write, in the traffic model

Under default-deny, a workload added as a raw object can neither reach the apps nor be reached.
Declare it as a peer — `Stack.Builder.peer(Peer.named("legacy-worker").podLabel("app.kubernetes.io/name",
"legacy-worker").port("http", 8080))` — and apps can name it in `allowFrom`/`allowTo`: the app's
policy selects the peer's pods by their labels, and the peer gets a policy of its own
(`networkpolicy-legacy-worker.yaml` above) that lets out exactly what the apps allow in, and lets in
what apps may send it on its declared ports. A peer with the name of an app is an error
(`HATCH-PEER-COLLISION`), one without pod labels too (`HATCH-PEER-LABELS`); one whose labels select no
pods of the user's objects is warned (`HATCH-PEER-UNMATCHED`). A stack with a service mesh refuses
peers (`HATCH-PEER-MESH`): the mesh admits callers by the service account of the pods Shipshape
renders, and Shipshape does not know it for a workload it did not render.

## Every hatch use is listed

Each object and peer added this way is an `INFO` diagnostic, `HATCH-USED`, printed by the CLI and the
Maven plugin (at info level: it never fails a build), and listed at the end of the stack's
`traffic.md` under "Not modelled by Shipshape" — the one page a reviewer reads for every stack and
environment — so what bypasses the model shows in every review of the generated output.

[#include "escape-hatches-patches.ftl"]

## Refused: an object that collides with a generated one

[@g.example name="hatch-collision"/]

## Refused: objects without a name, with a bad name, of an unknown kind

[@g.example name="hatch-without-name"/]

## Refused: YAML that cannot be read, with its line

[@g.example name="hatch-bad-yaml"/]
