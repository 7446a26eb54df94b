output "oidc_provider_arn" {
  description = "ARN of the GitHub OIDC provider the roles trust (created or passed in)."
  value       = local.oidc_provider_arn
}

output "build_role_arn" {
  description = "Build role ARN for aws-actions/configure-aws-credentials 'role-to-assume' in the build job; null when create_build_role is false."
  value       = var.create_build_role ? aws_iam_role.build[0].arn : null
}

output "deploy_role_arn" {
  description = "Deploy role ARN for 'role-to-assume' in the deploy job; null when create_deploy_role is false."
  value       = var.create_deploy_role ? aws_iam_role.deploy[0].arn : null
}

output "build_subjects" {
  description = "Token subjects the build role trusts."
  value       = local.build_subjects
}

output "deploy_subjects" {
  description = "Token subjects the deploy role trusts."
  value       = local.deploy_subjects
}

output "plan_role_arn" {
  description = "Plan role ARN for 'role-to-assume' in the read-only plan job that runs before the protected environment's job; null when create_plan_role is false."
  value       = var.create_plan_role ? aws_iam_role.plan[0].arn : null
}

output "plan_subjects" {
  description = "Token subjects the plan role trusts."
  value       = local.plan_subjects
}

output "plan_rbac_manifest" {
  description = "Kubernetes RBAC (Role + RoleBinding per namespace, a ClusterRole reading only those Namespace objects) granting plan_kubernetes_group get/list; apply with the cluster's admin credentials. Null without a plan role."
  value       = var.create_plan_role ? local.plan_rbac_manifest : null
}
