variable "name" {
  description = "Name of the IAM role."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.name))
    error_message = "name must be 1-64 characters from [A-Za-z0-9+=,.@_-]."
  }
}

variable "path" {
  description = "IAM path of the role, e.g. '/service-roles/'."
  type        = string
  default     = "/"

  validation {
    condition     = can(regex("^/([A-Za-z0-9+=,.@_-]+/)*$", var.path)) && length(var.path) <= 512
    error_message = "path must start and end with '/' (for example \"/\" or \"/service-roles/\")."
  }
}

variable "description" {
  description = "Description of the IAM role."
  type        = string
  default     = "IRSA role assumed by one Kubernetes ServiceAccount"
}

variable "oidc_provider_arn" {
  description = "ARN of the cluster's IAM OIDC provider (arn:aws:iam::<account>:oidc-provider/oidc.eks.<region>.amazonaws.com/id/<id>)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/[^*?]+$", var.oidc_provider_arn))
    error_message = "oidc_provider_arn must be an IAM OIDC provider ARN without wildcards."
  }
}

variable "oidc_issuer_url" {
  description = "The cluster's OIDC issuer URL, with or without 'https://' (the condition keys are '<issuer host/path>:sub' and ':aud')."
  type        = string

  validation {
    condition     = can(regex("^(https://)?[a-z0-9.-]+(/[A-Za-z0-9._-]+)*$", var.oidc_issuer_url))
    error_message = "oidc_issuer_url must be an https URL or host/path without wildcards, e.g. https://oidc.eks.eu-north-1.amazonaws.com/id/EXAMPLE."
  }
}

variable "namespace" {
  description = "Kubernetes namespace of the ServiceAccount allowed to assume the role."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.namespace))
    error_message = "namespace must be a Kubernetes namespace name (DNS-1123 label, no wildcards)."
  }
}

variable "service_account" {
  description = "Name of the Kubernetes ServiceAccount allowed to assume the role; the chart's ServiceAccount annotation eks.amazonaws.com/role-arn takes the role_arn output."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$", var.service_account))
    error_message = "service_account must be a Kubernetes object name (DNS-1123 subdomain, no wildcards)."
  }
}

variable "policy_arns" {
  description = "Managed policies to attach, keyed by a static name (keys must be known at plan time; values may be computed ARNs)."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for arn in values(var.policy_arns) : can(regex("^arn:aws[a-z-]*:iam::([0-9]{12}|aws):policy/.+$", arn))])
    error_message = "policy_arns values must be IAM policy ARNs."
  }
}

variable "inline_policies" {
  description = "Inline policy documents (JSON, e.g. aws_iam_policy_document.x.json) keyed by a static policy name."
  type        = map(string)
  default     = {}
}

variable "permissions_boundary_arn" {
  description = "Optional permissions boundary policy ARN."
  type        = string
  default     = null
}

variable "max_session_duration" {
  description = "Maximum session duration in seconds (3600-43200)."
  type        = number
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}

variable "tags" {
  description = "Tags applied to the role."
  type        = map(string)
  default     = {}
}
