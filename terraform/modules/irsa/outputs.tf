output "role_arn" {
  description = "Role ARN: the value of the ServiceAccount annotation eks.amazonaws.com/role-arn (the chart's serviceAccount.annotations)."
  value       = aws_iam_role.this.arn
}

output "role_name" {
  description = "Role name, for attaching further policies outside this module."
  value       = aws_iam_role.this.name
}

output "subject" {
  description = "The only token subject the trust policy accepts: system:serviceaccount:<namespace>:<service_account>."
  value       = local.subject
}
