[#ftl]
[#--
  The patches section of the chapter "When Shipshape does not model it" (escape-hatches.md.ftl), kept
  in its own file so the chapter includes it: [#include "escape-hatches-patches.ftl"]. It uses the
  macros of ../guide.ftl imported as g by the chapter.
--]
## Patches

To change one field of an object Shipshape renders — a field the model has no setting for — patch it.
A patch is a **JSON patch** (RFC 6902: `add`, `remove`, `replace`, `move`, `copy`, `test` on JSON
Pointers; `~1` is a `/` inside a key, `~0` a `~`, `-` appends to a list) or a **merge patch**
(RFC 7386: a partial object merged in, `null` removes a key, a list replaces the whole list), written
as JSON or YAML text or with typed operations. It targets one object by kind and name
(`.apiVersion(…)` where two kinds share a name), for the stack as a whole or, with `.onlyIn(…)`, only
in the environments named:

[@g.example name="patch-lab" files=["patch-lab/base/web/deployment.yaml#metadata.labels,spec.minReadySeconds", "patch-lab/base/api/deployment.yaml#spec.template.spec.topologySpreadConstraints", "patch-lab/overlays/prod/Kustomization", ".charts/patch-lab/values-prod.yaml"]/]

Patches run after everything else Shipshape does to the objects (mesh injection, user objects), in
the order they are declared, and they land wherever the object goes: a stack-wide patch is in the
plain manifests of every environment, in the kustomize **base** and in the Helm chart's templates; a
patch limited to `prod` is in prod's manifests, in prod's **overlay** (as one more JSON patch of the
object) and in `values-prod.yaml`. `helm template` with each values file gives exactly the objects of
that environment, patched fields included. The `test` operations make a patch fail, rather than land
on a different object, when what Shipshape renders changes under it.

### A patch that does not apply is an error

A patch dropped silently is worse than no patch: the change you reviewed is not what runs. Here a
patch applies whole or the build fails, nothing is written, and the error names the patch and your line. A patch whose
object the stack does not render lists the objects of that kind (or every object, when the kind is
not rendered at all), with a "did you mean" where one is close (`HATCH-PATCH-MISS`):

[@g.example name="patch-misses-object"/]

A path that does not exist names the deepest part of it that does and what is there — the keys of an
object, the length of a list (`HATCH-PATCH-PATH`); a failing `test` says what it expected and what it
found (`HATCH-PATCH-TEST`):

[@g.example name="patch-path-misses"/]

Also refused: text that is not a patch, with its line (`HATCH-PATCH-INVALID`; YAML that YAML 1.1 and
1.2 readers read differently — `yes`, `on`, `010`, `0x1F`, aliases, tags other than `!!str` — is
refused too, so quote such values), a kind and name shared by several apiVersions
(`HATCH-PATCH-AMBIGUOUS`), and `.onlyIn(…)` naming an environment the stack does not declare
(`HATCH-PATCH-ENVIRONMENT`, with a "did you mean").

### What is still checked on a patched object

A patch bypasses the model, so the rules that can be judged on the tree run again on what the patch
changed:

| Rule | A patch that … |
|---|---|
| `HATCH-PATCH-IDENTITY` | changes `apiVersion`, `kind`, `metadata.name` or `metadata.namespace` — identity belongs to the generator |
| `HATCH-PATCH-IMAGE` | sets a container image without a tag, or on `latest` |
| `HATCH-PATCH-POD-SECURITY` | weakens what Pod Security "restricted" and the practices rendered: `runAsNonRoot`, `seccompProfile`, `allowPrivilegeEscalation`, `privileged`, `runAsUser: 0`, `capabilities.drop: [ALL]`, `readOnlyRootFilesystem`, host namespaces |
| `HATCH-PATCH-SELECTOR` | changes a workload's `spec.selector`, or the pod labels it selects (Services, NetworkPolicies and disruption budgets select the same labels) |

Each has a setting in the model where its consequences are checked (the app's name, the
environment's namespace, `.image(…)`, `Practices`), which is where such a change belongs.

### Every patch is listed

Every patch that applied is reported as `HATCH-USED` with what it does and your line, e.g.
`HATCH-USED patch-lab@prod/patches/Deployment/api: patch Deployment/api: merge patch: sets
/spec/template/spec/terminationGracePeriodSeconds (PatchLab.java:47)`, so reviewers see what
bypasses the model.
