output "frontdoor_irsa_role_arn" {
  description = "Value for the chart's ServiceAccount annotation eks.amazonaws.com/role-arn (values-dev.yaml serviceAccount.annotations)."
  value       = module.frontdoor_irsa.role_arn
}

output "frontdoor_irsa_subject" {
  description = "The only ServiceAccount the IRSA role trusts."
  value       = module.frontdoor_irsa.subject
}

output "deploy_role_arn" {
  description = "role-to-assume for the workflow's deploy job."
  value       = module.github_oidc.deploy_role_arn
}

output "eks_cluster_name" {
  description = "Cluster name for the deploy action's cluster-name input."
  value       = var.eks_cluster_name
}
