output "frontdoor_irsa_role_arn" {
  description = "Value for the chart's serviceAccount.roleArn in values-dev.yaml (the eks.amazonaws.com/role-arn annotation)."
  value       = module.frontdoor.irsa_role_arn
}

output "frontdoor_irsa_subject" {
  description = "The only ServiceAccount the IRSA role trusts."
  value       = module.frontdoor.irsa_subject
}

output "deploy_role_arn" {
  description = "role-to-assume for the deploy job (GitHub environment dev)."
  value       = module.frontdoor.deploy_role_arn
}

output "plan_role_arn" {
  description = "role-to-assume for the read-only plan job that runs before dev's approval."
  value       = module.frontdoor.plan_role_arn
}

output "plan_rbac_manifest" {
  description = "Kubernetes RBAC for the plan role's group: apply once with the cluster's admin credentials."
  value       = module.frontdoor.plan_rbac_manifest
}

output "eks_cluster_name" {
  description = "Cluster name for the deploy action's cluster-name input."
  value       = var.eks_cluster_name
}
