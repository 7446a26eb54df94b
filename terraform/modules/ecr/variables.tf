variable "name" {
  description = "Name of the ECR repository (lowercase; may contain '/', '.', '_' and '-')."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$", var.name)) && length(var.name) >= 2 && length(var.name) <= 256
    error_message = "name must be a valid ECR repository name: 2-256 lowercase characters, digits and '.', '_', '-', '/' separators."
  }
}

variable "image_tag_mutability" {
  description = "Tag mutability: IMMUTABLE, IMMUTABLE_WITH_EXCLUSION (immutable except the tags matched by image_tag_mutability_exclusion_filters), MUTABLE or MUTABLE_WITH_EXCLUSION."
  type        = string
  default     = "IMMUTABLE_WITH_EXCLUSION"

  validation {
    condition     = contains(["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE", "MUTABLE_WITH_EXCLUSION"], var.image_tag_mutability)
    error_message = "image_tag_mutability must be one of IMMUTABLE, IMMUTABLE_WITH_EXCLUSION, MUTABLE, MUTABLE_WITH_EXCLUSION."
  }
}

variable "image_tag_mutability_exclusion_filters" {
  description = "Wildcard tag filters excluded from image_tag_mutability (1-5 filters; only used with a *_WITH_EXCLUSION mutability). The default lets the moving '<image>-latest' tag be re-pointed while every '<image>-<sha>' tag stays immutable."
  type        = list(string)
  default     = ["*-latest"]

  validation {
    condition     = length(var.image_tag_mutability_exclusion_filters) <= 5 && alltrue([for f in var.image_tag_mutability_exclusion_filters : can(regex("^[0-9a-zA-Z._*-]{1,128}$", f))])
    error_message = "image_tag_mutability_exclusion_filters takes at most 5 filters of 1-128 characters from [0-9a-zA-Z._*-]."
  }

  validation {
    # The ECR API rejects exclusion filters on plain IMMUTABLE/MUTABLE and requires one on *_WITH_EXCLUSION.
    condition     = endswith(var.image_tag_mutability, "_WITH_EXCLUSION") == (length(var.image_tag_mutability_exclusion_filters) > 0)
    error_message = "image_tag_mutability_exclusion_filters must be non-empty exactly when image_tag_mutability is IMMUTABLE_WITH_EXCLUSION or MUTABLE_WITH_EXCLUSION (set it to [] with IMMUTABLE or MUTABLE)."
  }
}

variable "scan_on_push" {
  description = "Run the basic vulnerability scan on every push."
  type        = bool
  default     = true
}

variable "encryption_type" {
  description = "Encryption at rest: AES256 (S3-managed keys) or KMS (kms_key_arn, or the AWS-managed aws/ecr key when kms_key_arn is null). Changing it replaces the repository."
  type        = string
  default     = "AES256"

  validation {
    condition     = contains(["AES256", "KMS"], var.encryption_type)
    error_message = "encryption_type must be AES256 or KMS."
  }
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key used when encryption_type is KMS; null uses the AWS-managed aws/ecr key."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || var.encryption_type == "KMS"
    error_message = "kms_key_arn is only valid with encryption_type = \"KMS\"."
  }

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be a KMS key or alias ARN."
  }
}

variable "lifecycle_tag_prefixes" {
  description = "Image name prefixes whose '<prefix>-*' tagged images are counted separately; for each prefix only the newest lifecycle_keep_tagged_count images are kept. Empty disables the rule."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for p in var.lifecycle_tag_prefixes : can(regex("^[0-9a-zA-Z._-]{1,120}$", p))])
    error_message = "lifecycle_tag_prefixes entries must be 1-120 characters from [0-9a-zA-Z._-] (no wildcards: '-*' is appended)."
  }
}

variable "lifecycle_keep_tagged_count" {
  description = "How many '<prefix>-*' images to keep per prefix in lifecycle_tag_prefixes."
  type        = number
  default     = 30

  validation {
    condition     = var.lifecycle_keep_tagged_count >= 1 && floor(var.lifecycle_keep_tagged_count) == var.lifecycle_keep_tagged_count
    error_message = "lifecycle_keep_tagged_count must be a whole number >= 1."
  }
}

variable "lifecycle_untagged_expire_days" {
  description = "Untagged images (superseded layers, failed pushes) expire this many days after push."
  type        = number
  default     = 7

  validation {
    condition     = var.lifecycle_untagged_expire_days >= 1 && floor(var.lifecycle_untagged_expire_days) == var.lifecycle_untagged_expire_days
    error_message = "lifecycle_untagged_expire_days must be a whole number >= 1."
  }
}

variable "pull_accounts" {
  description = "Environments allowed to pull cross-account, keyed by environment name: the runtime account_id and, optionally, the exact role ARNs in it (EKS node role, deploy and plan roles) the grant is narrowed to with aws:PrincipalArn. Each principal still needs the same ECR actions in its own IAM policy."
  type = map(object({
    account_id     = string
    principal_arns = optional(list(string), [])
  }))
  default = {}

  validation {
    condition     = alltrue([for k, v in var.pull_accounts : can(regex("^[0-9]{12}$", v.account_id)) && can(regex("^[A-Za-z0-9-]{1,40}$", k))])
    error_message = "pull_accounts keys must be environment names ([A-Za-z0-9-]) and each account_id a 12-digit AWS account ID."
  }

  validation {
    condition = alltrue(flatten([for v in var.pull_accounts : [
      for arn in v.principal_arns : can(regex("^arn:aws[a-z-]*:iam::${v.account_id}:(role|user)/[^*?]+$", arn))
    ]]))
    error_message = "pull_accounts principal_arns must be IAM role or user ARNs of that environment's account_id (no wildcards, no account root)."
  }
}

variable "force_delete" {
  description = "Allow terraform destroy to delete the repository while it still holds images."
  type        = bool
  default     = false
}

variable "tags" {
  description = "Tags applied to the repository."
  type        = map(string)
  default     = {}
}
