variable "aws_region" {
  description = "Region of the runtime account's EKS cluster."
  type        = string
  default     = "eu-north-1"
}

variable "allowed_account_ids" {
  description = "The runtime (dev) account ID(s) this root may be applied to; null disables the guard."
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
    "stack"      = "flygtaxi-dev-eu-north-1"
  }
}

variable "eks_cluster_name" {
  description = "Name of the EKS cluster running the service."
  type        = string
  default     = "dev-col-eu-north-1-eks"
}

variable "namespace" {
  description = "Kubernetes namespace of the release (the chart's release namespace)."
  type        = string
  default     = "flygtaxi-dev"
}

variable "service_account" {
  description = "ServiceAccount of the frontdoor pods (the chart's serviceAccount.name in values-dev.yaml)."
  type        = string
  default     = "flygtaxi-dev-frontdoor"
}

variable "irsa_role_name" {
  description = "Name of the frontdoor IRSA role."
  type        = string
  default     = "flygtaxi-dev-frontdoor-eu-north-1"
}

variable "irsa_role_path" {
  description = "IAM path of the frontdoor IRSA role."
  type        = string
  default     = "/flygtaxi-service-role/"
}

variable "ssm_parameter_path" {
  description = "SSM Parameter Store path whose parameters the frontdoor may read (its runtime configuration)."
  type        = string
  default     = "/flygtaxi/dev/frontdoor"

  validation {
    condition     = can(regex("^(/[A-Za-z0-9_.-]+)+$", var.ssm_parameter_path))
    error_message = "ssm_parameter_path must be an absolute parameter path without a trailing '/' or wildcards, e.g. \"/flygtaxi/dev/frontdoor\"."
  }
}

variable "frontdoor_policy_arns" {
  description = "Further managed policies for the frontdoor role, keyed by a static name."
  type        = map(string)
  default     = {}
}

variable "github_repository" {
  description = "GitHub repository ('owner/name') whose workflow deploys the service."
  type        = string
}

variable "github_environments" {
  description = "GitHub environments whose jobs may assume the deploy role."
  type        = list(string)
  default     = ["dev"]
}

variable "create_github_oidc_provider" {
  description = "Create the GitHub OIDC provider in the runtime account; false when it already exists (then set github_oidc_provider_arn)."
  type        = bool
  default     = true
}

variable "github_oidc_provider_arn" {
  description = "ARN of the existing GitHub OIDC provider when create_github_oidc_provider is false."
  type        = string
  default     = null
}

variable "deploy_role_name" {
  description = "Name of the GitHub Actions deploy role."
  type        = string
  default     = "github-actions-deploy-flygtaxi-frontdoor"
}

variable "eks_access_policy_name" {
  description = "EKS access policy of the deploy role inside the namespace."
  type        = string
  default     = "AmazonEKSEditPolicy"
}
