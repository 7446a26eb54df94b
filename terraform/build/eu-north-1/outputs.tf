output "ecr_repository_url" {
  description = "Image repository URL for the chart's image.repository and the build action."
  value       = module.frontdoor_ecr.repository_url
}

output "ecr_registry" {
  description = "Registry host ('<registry_id>.dkr.ecr.<region>.amazonaws.com') for the build action's registry input."
  value       = split("/", module.frontdoor_ecr.repository_url)[0]
}

output "ecr_repository_name" {
  description = "Repository name for the build action's repository input."
  value       = module.frontdoor_ecr.name
}

output "build_role_arn" {
  description = "role-to-assume for the workflow's build job."
  value       = module.github_oidc.build_role_arn
}
