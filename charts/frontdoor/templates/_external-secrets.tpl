{{/*
External Secrets Operator support: the names the ExternalSecret, its SecretStore and the
Deployment agree on, the checks JSON Schema cannot express, and the pod's volume for the Secret
the ExternalSecret produces. Mounted as read-only files, never environment variables, so the
values do not leak through /proc/<pid>/environ or crash dumps (checkov CKV_K8S_35).
*/}}
{{- define "frontdoor.externalSecret.targetName" -}}
{{- default (printf "%s-secrets" (include "frontdoor.fullname" .)) .Values.externalSecret.targetName | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "frontdoor.externalSecret.validate" -}}
{{- $es := .Values.externalSecret }}
{{- $errors := list }}
{{- if not $es.data }}
{{- $errors = append $errors "externalSecret.data must name at least one secret (secretKey + remoteRef.key) when externalSecret.enabled is true" }}
{{- end }}
{{- $seen := dict }}
{{- range $es.data }}
{{- if hasKey $seen .secretKey }}
{{- $errors = append $errors (printf "externalSecret.data: secretKey %q appears twice; each key of the produced Secret needs one source" .secretKey) }}
{{- end }}
{{- $_ := set $seen .secretKey true }}
{{- end }}
{{- if not .Values.serviceAccount.create }}
{{- $errors = append $errors "externalSecret needs serviceAccount.create: true: its SecretStore authenticates as the chart's ServiceAccount (auth.jwt.serviceAccountRef), whose IRSA role may read the secrets" }}
{{- end }}
{{- if $errors }}
{{- fail (printf "invalid values for the frontdoor chart:\n- %s" (join "\n- " $errors)) }}
{{- end }}
{{- end }}

{{- define "frontdoor.externalSecret.volumeMount" -}}
{{- if .Values.externalSecret.enabled }}
- name: external-secrets
  mountPath: {{ .Values.externalSecret.mountPath }}
  readOnly: true
{{- end }}
{{- end }}

{{- define "frontdoor.externalSecret.volume" -}}
{{- if .Values.externalSecret.enabled }}
- name: external-secrets
  secret:
    secretName: {{ include "frontdoor.externalSecret.targetName" . }}
    defaultMode: 288 # 0440 (decimal: YAML 1.1 and 1.2 parsers read an octal literal differently)
{{- end }}
{{- end }}
