variable "aws_region" {
  description = "Region of the staging account's EKS cluster."
  type        = string
  default     = "eu-north-1"
}

variable "allowed_account_ids" {
  description = "The staging (runtime) account ID(s) this root may be applied to; null disables the guard."
  type        = list(string)
  default     = null

  validation {
    condition     = alltrue([for id in coalesce(var.allowed_account_ids, []) : can(regex("^[0-9]{12}$", id))])
    error_message = "allowed_account_ids entries must be 12-digit AWS account IDs."
  }
}

variable "default_tags" {
  description = "Tags applied to every resource through the provider."
  type        = map(string)
  default = {
    "managed-by" = "terraform"
    "stack"      = "flygtaxi-staging-eu-north-1"
  }
}

variable "eks_cluster_name" {
  description = "Name of the EKS cluster running the service."
  type        = string
  default     = "staging-col-eu-north-1-eks"
}

variable "github_repository" {
  description = "GitHub repository ('owner/name') whose workflow deploys the service."
  type        = string
}

variable "github_environments" {
  description = "GitHub environments whose jobs may assume the deploy role (the protected one)."
  type        = list(string)
  default     = ["staging"]
}

variable "github_plan_environments" {
  description = "GitHub environments (without required reviewers) whose jobs may assume the read-only plan role; empty creates no plan role."
  type        = list(string)
  default     = ["staging-plan"]
}

variable "create_github_oidc_provider" {
  description = "Create the GitHub OIDC provider in the staging account; false when it already exists (then set github_oidc_provider_arn)."
  type        = bool
  default     = true
}

variable "github_oidc_provider_arn" {
  description = "ARN of the existing GitHub OIDC provider when create_github_oidc_provider is false."
  type        = string
  default     = null
}

variable "ecr_read_repository_arns" {
  description = "Build-account ECR repositories (the service's image and chart repositories) the deploy and plan roles read by digest."
  type        = list(string)
  default     = []
}

variable "secrets_manager_secret_names" {
  description = "Secrets Manager secrets the frontdoor pods may read through External Secrets."
  type        = list(string)
  # None: the chart's ExternalSecret is off in this environment (see values-prod.yaml for one that is on).
  default = []
}

variable "create_eks_access_entries" {
  description = "Create the EKS access entries of the deploy and plan roles (false for an emulator without that API, or a cluster on the aws-auth ConfigMap)."
  type        = bool
  default     = true
}
