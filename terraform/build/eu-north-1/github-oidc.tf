# Build account: only the build role. The deploy role lives in the runtime
# account (terraform/dev/eu-north-1), next to the cluster it deploys to.
module "github_oidc" {
  source = "../../modules/github-oidc"

  github_repository    = var.github_repository
  create_oidc_provider = var.create_github_oidc_provider
  oidc_provider_arn    = var.github_oidc_provider_arn

  create_build_role   = true
  build_role_name     = var.build_role_name
  build_environments  = var.github_environments
  build_refs          = var.github_refs
  ecr_repository_arns = [module.frontdoor_ecr.arn]

  create_deploy_role = false
}
