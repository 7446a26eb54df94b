variable "aws_region" {
  description = "Region of the build account's registry."
  type        = string
  default     = "eu-north-1"
}

variable "allowed_account_ids" {
  description = "The build account ID(s) this root may be applied to; null disables the guard."
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
    "stack"      = "flygtaxi-build-eu-north-1"
  }
}

variable "ecr_repository_name" {
  description = "ECR repository holding the service images. Several services may share it, each under its own '<image_name>-*' tags (the seed's shared 'eks-dev-eu-north-1')."
  type        = string
  default     = "eks-dev-eu-north-1"
}

variable "image_names" {
  description = "Image names pushed to the repository as '<image_name>-<git sha>' and '<image_name>-latest' tags; each gets its own retention count."
  type        = list(string)
  default     = ["flygtaxi-dev-frontdoor"]
}

variable "keep_images_per_name" {
  description = "How many '<image_name>-*' images to keep per image name: older ones expire."
  type        = number
  default     = 30
}

variable "untagged_expire_days" {
  description = "Days after which untagged images expire."
  type        = number
  default     = 7
}

variable "pull_account_ids" {
  description = "Runtime account IDs (e.g. the dev account running the EKS cluster) allowed to pull images cross-account."
  type        = list(string)
  default     = []
}

variable "github_repository" {
  description = "GitHub repository ('owner/name') whose workflow builds and pushes the images."
  type        = string
}

variable "github_environments" {
  description = "GitHub environments whose jobs may assume the build role."
  type        = list(string)
  default     = ["dev"]
}

variable "github_refs" {
  description = "Git refs (e.g. 'refs/heads/main') whose jobs outside any environment may assume the build role; empty keeps the trust environment-bound only."
  type        = list(string)
  default     = []
}

variable "create_github_oidc_provider" {
  description = "Create the GitHub OIDC provider in the build account; false when it already exists (then set github_oidc_provider_arn)."
  type        = bool
  default     = true
}

variable "github_oidc_provider_arn" {
  description = "ARN of the existing GitHub OIDC provider when create_github_oidc_provider is false."
  type        = string
  default     = null
}

variable "build_role_name" {
  description = "Name of the GitHub Actions build role."
  type        = string
  default     = "github-actions-build-flygtaxi-frontdoor"
}
