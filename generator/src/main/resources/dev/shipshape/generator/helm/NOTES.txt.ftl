The stack [=stack] ({{ include "[=chart].chart" . }}) is rendered as release {{ .Release.Name }} into namespace {{ .Values.namespace }}.
[#list owners as owner]
{{- if .Values.[=owner.key].enabled }}
- [=owner.name][#if owner.replicas]: {{ .Values.[=owner.key].replicas }} replica(s)[/#if][#if owner.image] of {{ include "[=chart].image" .Values.[=owner.key].image }}[/#if][#list owner.hosts as hosts]{{ range [=hosts] }}, https://{{ . }}{{ end }}[/#list]
{{- end }}
[/#list]

Shipshape generated this chart from the same model as the plain manifests; change the Java model
and regenerate rather than editing the templates.
