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

variable "services" {
  description = "Services that get an image repository '<repository_prefix>/<service>' (tags '<service>-<git sha>', '<service>-latest') and a chart repository '<repository_prefix>/charts/<service>'."
  type        = list(string)
  default     = ["frontdoor"]

  validation {
    condition     = length(var.services) > 0 && alltrue([for s in var.services : can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*$", s))])
    error_message = "services must name at least one service, each lowercase letters and digits with '.', '_' or '-' separators."
  }
}

variable "repository_prefix" {
  description = "Namespace of the repositories in the registry."
  type        = string
  default     = "flygtaxi"
}

variable "keep_images_per_service" {
  description = "How many '<service>-*' images to keep per service: older ones expire. It must cover every image an environment may still run or be promoted to."
  type        = number
  default     = 50
}

variable "untagged_expire_days" {
  description = "Days after which untagged images expire."
  type        = number
  default     = 7
}

variable "environments" {
  description = "Runtime environments pulling images and charts cross-account, keyed by environment name: the account_id and optionally the exact role ARNs in it (EKS node role, deploy and plan roles from that root's outputs) the grant is narrowed to."
  type = map(object({
    account_id     = string
    principal_arns = optional(list(string), [])
  }))
  default = {}
}

variable "force_delete" {
  description = "Let terraform destroy delete repositories that still hold images (test environments only)."
  type        = bool
  default     = false
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
