# The dev runtime account: the frontdoor pods' IRSA role and the GitHub deploy and
# read-only plan roles, next to the cluster. The image and chart repositories live in the
# build account (terraform/build/eu-north-1), which grants this account cross-account pull.
module "frontdoor" {
  source = "../../modules/environment"

  service          = "frontdoor"
  eks_cluster_name = var.eks_cluster_name
  # The chart's dev contract: release namespace and charts/frontdoor/values-dev.yaml serviceAccount.name.
  namespace          = "flygtaxi-dev"
  service_account    = "flygtaxi-dev-frontdoor"
  irsa_role_name     = "flygtaxi-dev-frontdoor-eu-north-1"
  irsa_role_path     = "/flygtaxi-service-role/"
  ssm_parameter_path = "/flygtaxi/dev/frontdoor"

  secrets_manager_secret_names = var.secrets_manager_secret_names

  github_repository           = var.github_repository
  deploy_environments         = var.github_environments
  plan_environments           = var.github_plan_environments
  create_github_oidc_provider = var.create_github_oidc_provider
  github_oidc_provider_arn    = var.github_oidc_provider_arn
  deploy_role_name            = "github-actions-deploy-flygtaxi-dev-frontdoor"
  plan_role_name              = "github-actions-plan-flygtaxi-dev-frontdoor"

  ecr_read_repository_arns  = var.ecr_read_repository_arns
  create_eks_access_entries = var.create_eks_access_entries
}
