{{/*
Checks across values that JSON Schema cannot express (or can only report as "does not match
pattern"). All problems are reported at once, each naming its value. Included by deployment.yaml,
which every render contains.
*/}}
{{- define "frontdoor.validate" -}}
{{- $errors := list }}
{{- $v := .Values }}
{{- if not (regexMatch "^[a-zA-Z0-9][a-zA-Z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$" $v.image.repository) }}
{{- $errors = append $errors (printf "image.repository %q must be a repository without tag or digest (e.g. <account>.dkr.ecr.<region>.amazonaws.com/frontdoor); put the tag in image.tag and the digest in image.digest" $v.image.repository) }}
{{- end }}
{{- with $v.serviceAccount.roleArn }}
{{- if not (regexMatch "^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:role/([A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,64}$" .) }}
{{- $errors = append $errors (printf "serviceAccount.roleArn %q must be an IAM role ARN: arn:aws:iam::<12-digit account id>:role/<path/name>" .) }}
{{- end }}
{{- if not $v.serviceAccount.create }}
{{- $errors = append $errors "serviceAccount.roleArn only applies to a ServiceAccount this chart creates (serviceAccount.create: true); annotate the existing ServiceAccount instead" }}
{{- end }}
{{- end }}
{{- if hasKey $v.serviceAccount.annotations "eks.amazonaws.com/role-arn" }}
{{- $errors = append $errors "serviceAccount.annotations must not set eks.amazonaws.com/role-arn; use serviceAccount.roleArn, which is validated" }}
{{- end }}
{{- if and (not $v.serviceAccount.create) (not $v.serviceAccount.name) }}
{{- $errors = append $errors "serviceAccount.name is required when serviceAccount.create is false (name the existing ServiceAccount to use)" }}
{{- end }}
{{- if and $v.autoscaling.enabled (lt (int $v.autoscaling.maxReplicas) (int $v.autoscaling.minReplicas)) }}
{{- $errors = append $errors (printf "autoscaling.maxReplicas (%d) must be >= autoscaling.minReplicas (%d)" (int $v.autoscaling.maxReplicas) (int $v.autoscaling.minReplicas)) }}
{{- end }}
{{- if ge (add (int $v.shutdownDelaySeconds) (int $v.drainTimeoutSeconds)) (int $v.terminationGracePeriodSeconds) }}
{{- $errors = append $errors (printf "shutdownDelaySeconds (%d) + drainTimeoutSeconds (%d) must be less than terminationGracePeriodSeconds (%d), or the kubelet kills the pod mid-drain" (int $v.shutdownDelaySeconds) (int $v.drainTimeoutSeconds) (int $v.terminationGracePeriodSeconds)) }}
{{- end }}
{{- if and $v.ingress.enabled $v.ingress.sslRedirect (not $v.ingress.tls) }}
{{- $errors = append $errors "ingress.sslRedirect needs ingress.tls: true (the redirect target is the HTTPS listener on 443)" }}
{{- end }}
{{- with $v.ingress.certificateArn }}
{{- range splitList "," . }}
{{- if not (regexMatch "^arn:aws(-cn|-us-gov)?:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+$" .) }}
{{- $errors = append $errors (printf "ingress.certificateArn %q must be ACM certificate ARNs (arn:aws:acm:<region>:<account>:certificate/<id>), comma separated" .) }}
{{- end }}
{{- end }}
{{- end }}
{{- if and $v.tests.enabled $v.tests.image.repository (not (regexMatch "^[a-zA-Z0-9][a-zA-Z0-9._-]*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*$" $v.tests.image.repository)) }}
{{- $errors = append $errors (printf "tests.image.repository %q must be a repository without tag or digest" $v.tests.image.repository) }}
{{- end }}
{{- if $errors }}
{{- fail (printf "invalid values for the frontdoor chart:\n- %s" (join "\n- " $errors)) }}
{{- end }}
{{- end }}
