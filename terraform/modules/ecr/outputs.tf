output "repository_url" {
  description = "Repository URL, '<registry_id>.dkr.ecr.<region>.amazonaws.com/<name>': the image repository the chart and the build action use."
  value       = aws_ecr_repository.this.repository_url
}

output "arn" {
  description = "Repository ARN, for IAM policies (e.g. the GitHub build role's push permission)."
  value       = aws_ecr_repository.this.arn
}

output "registry_id" {
  description = "Account ID of the registry holding the repository."
  value       = aws_ecr_repository.this.registry_id
}

output "name" {
  description = "Repository name."
  value       = aws_ecr_repository.this.name
}
