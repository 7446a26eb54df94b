output "irsa_role_arn" {
  description = "Value for the chart's serviceAccount.roleArn (the ServiceAccount annotation eks.amazonaws.com/role-arn)."
  value       = module.irsa.role_arn
}

output "irsa_subject" {
  description = "The only ServiceAccount the IRSA role trusts: system:serviceaccount:<namespace>:<service_account>."
  value       = module.irsa.subject
}

output "secret_arn_suffixes" {
  description = "The Secrets Manager resources the IRSA role may read, after '<partition>:secretsmanager:<region>:<account>:'."
  value       = local.secret_arn_suffixes
}

output "deploy_role_arn" {
  description = "role-to-assume for the deploy job bound to the protected environment."
  value       = module.github_oidc.deploy_role_arn
}

output "plan_role_arn" {
  description = "role-to-assume for the read-only plan job that runs before the approval; null without plan_environments."
  value       = module.github_oidc.plan_role_arn
}

output "plan_rbac_manifest" {
  description = "Kubernetes RBAC for the plan role's group (apply once with admin credentials); null without plan_environments."
  value       = module.github_oidc.plan_rbac_manifest
}

output "oidc_provider_arn" {
  description = "GitHub OIDC provider the deploy and plan roles trust."
  value       = module.github_oidc.oidc_provider_arn
}
