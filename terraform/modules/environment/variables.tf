variable "service" {
  description = "Service name (names the IRSA inline policy and appears in role descriptions), e.g. 'frontdoor'."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.service))
    error_message = "service must be a DNS-1123 label, e.g. \"frontdoor\"."
  }
}

variable "eks_cluster_name" {
  description = "EKS cluster running the service; its OIDC issuer and IAM OIDC provider are looked up by this name."
  type        = string

  validation {
    condition     = can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", var.eks_cluster_name))
    error_message = "eks_cluster_name must be an EKS cluster name."
  }
}

variable "namespace" {
  description = "Kubernetes namespace of the release (the chart's release namespace)."
  type        = string
}

variable "service_account" {
  description = "ServiceAccount of the pods (the chart's serviceAccount.name); the only subject the IRSA role trusts."
  type        = string
}

variable "irsa_role_name" {
  description = "Name of the pods' IRSA role."
  type        = string
}

variable "irsa_role_path" {
  description = "IAM path of the IRSA role."
  type        = string
  default     = "/"
}

variable "irsa_policy_arns" {
  description = "Further managed policies for the IRSA role, keyed by a static name."
  type        = map(string)
  default     = {}
}

variable "ssm_parameter_path" {
  description = "SSM Parameter Store path whose parameters the pods may read (their runtime configuration); null grants none."
  type        = string
  default     = null

  validation {
    condition     = var.ssm_parameter_path == null || can(regex("^(/[A-Za-z0-9_.-]+)+$", coalesce(var.ssm_parameter_path, "-")))
    error_message = "ssm_parameter_path must be an absolute parameter path without a trailing '/' or wildcards, e.g. \"/flygtaxi/dev/frontdoor\"."
  }
}

variable "secrets_manager_secret_names" {
  description = "Names of the Secrets Manager secrets the pods' ServiceAccount may read: exactly the remoteRef keys of the chart's ExternalSecret (externalSecret.data[].remoteRef.key). Empty grants none."
  type        = list(string)
  default     = []

  validation {
    # Secret names: 1-512 of [A-Za-z0-9/_+=.@-]; no wildcards, so the grant names each secret.
    condition     = alltrue([for n in var.secrets_manager_secret_names : can(regex("^[A-Za-z0-9/_+=.@-]{1,512}$", n))])
    error_message = "secrets_manager_secret_names entries must be secret names (1-512 characters from [A-Za-z0-9/_+=.@-], no wildcards)."
  }
}

variable "secrets_kms_key_arns" {
  description = "Customer-managed KMS keys the secrets are encrypted with (kms:Decrypt through Secrets Manager only); empty for the AWS-managed aws/secretsmanager key."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.secrets_kms_key_arns : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[^*?]+$", arn))])
    error_message = "secrets_kms_key_arns entries must be KMS key ARNs without wildcards."
  }
}

variable "github_repository" {
  description = "GitHub repository ('owner/name') whose workflows deploy the service."
  type        = string
}

variable "deploy_environments" {
  description = "GitHub environments whose jobs may assume the deploy role (the protected environment, e.g. 'prod')."
  type        = list(string)
}

variable "plan_environments" {
  description = "GitHub environments whose jobs may assume the read-only plan role (without required reviewers, e.g. 'prod-plan'); empty creates no plan role."
  type        = list(string)
  default     = []
}

variable "create_github_oidc_provider" {
  description = "Create the account's GitHub OIDC provider; false when it already exists (then set github_oidc_provider_arn)."
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
}

variable "plan_role_name" {
  description = "Name of the GitHub Actions plan role."
  type        = string
}

variable "plan_kubernetes_group" {
  description = "Kubernetes group of the plan role's access entry (bound by plan_rbac_manifest)."
  type        = string
  default     = "github-actions-plan"
}

variable "eks_access_policy_name" {
  description = "EKS access policy of the deploy role inside the namespace."
  type        = string
  default     = "AmazonEKSEditPolicy"
}

variable "ecr_read_repository_arns" {
  description = "Build-account ECR repositories (images and charts) the deploy and plan roles read by digest."
  type        = list(string)
  default     = []
}

variable "create_eks_access_entries" {
  description = "Create the EKS access entries of the deploy and plan roles (false for an emulator without that API)."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags applied to the roles."
  type        = map(string)
  default     = {}
}
