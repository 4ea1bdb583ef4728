{{/*
Helpers of the patch-lab chart, as `helm create` writes them, prefixed with the chart name.
The objects of this chart keep the names and labels of the plain manifests Shipshape renders from
the same model (`helm template` with the default values equals them), so the name and label helpers
are for NOTES.txt and for templates you add.
*/}}

{{/*
The chart name, or nameOverride; at most 63 characters.
*/}}
{{- define "patch-lab.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
A name for the release: fullnameOverride, else the release name when it contains the chart name,
else <release>-<chart>; at most 63 characters (a DNS label).
*/}}
{{- define "patch-lab.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The helm.sh/chart label value: <chart>-<version>.
*/}}
{{- define "patch-lab.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Selector labels: immutable, so never the version.
*/}}
{{- define "patch-lab.selectorLabels" -}}
app.kubernetes.io/name: {{ include "patch-lab.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "patch-lab.labels" -}}
helm.sh/chart: {{ include "patch-lab.chart" . }}
{{ include "patch-lab.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
An image reference from an image value: the repository, then ":" and the tag, then "@" and the digest, each when set.
*/}}
{{- define "patch-lab.image" -}}
{{- .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end }}
{{- end }}
