output "ecr_registry" {
  description = "Registry host ('<registry_id>.dkr.ecr.<region>.amazonaws.com') for the build action's registry input and every environment's image pulls."
  value       = split("/", module.service_ecr[var.services[0]].repository_url)[0]
}

output "ecr_repository_names" {
  description = "Image repository per service, for the build action's repository input."
  value       = { for s, m in module.service_ecr : s => m.name }
}

output "ecr_repository_urls" {
  description = "Image repository URL per service (the chart's image.repository)."
  value       = { for s, m in module.service_ecr : s => m.repository_url }
}

output "ecr_repository_arns" {
  description = "Image repository ARN per service, for the runtime roots' ecr_read_repository_arns."
  value       = { for s, m in module.service_ecr : s => m.arn }
}

output "chart_repository_arns" {
  description = "Chart repository ARN per service, for the runtime roots' ecr_read_repository_arns."
  value       = { for s, m in module.chart_ecr : s => m.arn }
}

output "chart_registry_url" {
  description = "OCI base for the package action's chart push: oci://<registry>/<prefix>/charts."
  value       = "oci://${split("/", module.chart_ecr[var.services[0]].repository_url)[0]}/${var.repository_prefix}/charts"
}

output "build_role_arn" {
  description = "role-to-assume for the workflow's build job."
  value       = module.github_oidc.build_role_arn
}
