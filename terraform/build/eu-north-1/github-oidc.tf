# Build account: only the build role. The deploy and plan roles live in each runtime account
# (terraform/<env>/eu-north-1), next to the cluster they deploy to.
module "github_oidc" {
  source = "../../modules/github-oidc"

  github_repository    = var.github_repository
  create_oidc_provider = var.create_github_oidc_provider
  oidc_provider_arn    = var.github_oidc_provider_arn

  create_build_role   = true
  build_role_name     = var.build_role_name
  build_environments  = var.github_environments
  build_refs          = var.github_refs
  ecr_repository_arns = concat([for m in module.service_ecr : m.arn], [for m in module.chart_ecr : m.arn])

  create_deploy_role = false
}
