# [=chart]

A Helm chart of the Shipshape stack `[=stack]` (chart [=version], app [=appVersion]), generated from
the same model as the plain manifests: `helm template` with the default values gives exactly the
objects of the stack as declared[#if environments?has_content], and with `values-<env>.yaml` exactly
those of that environment[/#if]. Regenerate it rather than editing it.

```bash
helm lint --strict .charts/[=chart]
helm template [=chart] .charts/[=chart]
helm upgrade --install [=chart] .charts/[=chart] --namespace [=namespace] --create-namespace
[#list environments as environment]
helm upgrade --install [=chart] .charts/[=chart] -f .charts/[=chart]/values-[=environment].yaml
[/#list]
```

Objects go to the namespace in `namespace` (not the release namespace), with the names and labels
of the plain manifests. Values are checked against `values.schema.json` on every `lint`,
`template`, `install` and `upgrade`; user text is written verbatim (a `{{ }}` in an environment
variable or annotation stays text).

## Values

| Key | Type | Default | Description |
|---|---|---|---|
| `nameOverride` | string | `""` | Replaces the chart name in the name helpers |
| `fullnameOverride` | string | `""` | Replaces the release-and-chart name in the name helpers |
[#list values as value]
| `[=value.key]` | [=value.type] | `[=value.default]` | [=value.description] |
[/#list]
[#if environments?has_content]

## Environments

Each values file holds only what differs from `values.yaml`; `null` removes a value.

| Environment | File | Differences |
|---|---|---|
[#list environmentFiles as file]
| [=file.name] | `values-[=file.name].yaml` | [=file.keys] |
[/#list]
[/#if]
