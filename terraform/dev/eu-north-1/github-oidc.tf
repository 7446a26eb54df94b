# Runtime account: only the deploy role, next to the cluster. The build role
# lives in the build account with the registry (terraform/build/eu-north-1).
module "github_oidc" {
  source = "../../modules/github-oidc"

  github_repository    = var.github_repository
  create_oidc_provider = var.create_github_oidc_provider
  oidc_provider_arn    = var.github_oidc_provider_arn

  create_build_role = false

  create_deploy_role     = true
  deploy_role_name       = var.deploy_role_name
  deploy_environments    = var.github_environments
  eks_cluster_name       = var.eks_cluster_name
  eks_namespaces         = [var.namespace]
  eks_access_policy_name = var.eks_access_policy_name
}
