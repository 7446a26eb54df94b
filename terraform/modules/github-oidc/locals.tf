# Values computed from the inputs alone (no provider): the tests evaluate this file with
# the real terraform binary to check the exact subjects the roles trust.
locals {
  github_oidc_host = "token.actions.githubusercontent.com"

  # GitHub's default subject format; environment-bound subjects let the
  # environment's protection rules (reviewers, branches) gate the credentials.
  build_subjects = concat(
    [for env in var.build_environments : "repo:${var.github_repository}:environment:${env}"],
    [for ref in var.build_refs : "repo:${var.github_repository}:ref:${ref}"],
  )
  deploy_subjects = [for env in var.deploy_environments : "repo:${var.github_repository}:environment:${env}"]
}
