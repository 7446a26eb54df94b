{{/*
The Argo Rollouts part of the workload when rollout.enabled: a canary whose steps come from
values (setWeight / pause), judged by the controller in the cluster. Without traffic routing the
canary weight is a replica ratio; maxSurge/maxUnavailable keep the chart's rolling-update limits.
progressDeadlineAbort makes a canary whose pods never become Ready abort (Degraded) instead of
waiting forever, so deploy-to-eks sees the failure and rolls the release back.
*/}}
{{- define "frontdoor.rolloutStrategy" -}}
progressDeadlineSeconds: {{ .Values.rollout.progressDeadlineSeconds }}
progressDeadlineAbort: {{ .Values.rollout.progressDeadlineAbort }}
strategy:
  canary:
    maxUnavailable: {{ .Values.strategy.maxUnavailable }}
    maxSurge: {{ .Values.strategy.maxSurge }}
    {{- with .Values.rollout.steps }}
    steps:
      {{- toYaml . | nindent 6 }}
    {{- end }}
{{- end }}
