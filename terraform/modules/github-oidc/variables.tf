variable "github_repository" {
  description = "GitHub repository whose workflows may assume the roles, as 'owner/name' (the 'repo:' part of the token subject)."
  type        = string

  validation {
    condition     = can(regex("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", var.github_repository))
    error_message = "github_repository must be 'owner/name' without wildcards, e.g. \"my-org/flygtaxi-frontdoor\"."
  }
}

variable "create_oidc_provider" {
  description = "Create the account's GitHub OIDC provider (token.actions.githubusercontent.com). Set false and pass oidc_provider_arn when the account already has one: IAM allows one provider per URL."
  type        = bool
  default     = true
}

variable "oidc_provider_arn" {
  description = "ARN of an existing GitHub OIDC provider, used when create_oidc_provider is false."
  type        = string
  default     = null

  validation {
    condition     = var.create_oidc_provider == (var.oidc_provider_arn == null)
    error_message = "Set oidc_provider_arn exactly when create_oidc_provider is false."
  }

  validation {
    condition     = var.oidc_provider_arn == null || can(regex("^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$", var.oidc_provider_arn))
    error_message = "oidc_provider_arn must be the ARN of the token.actions.githubusercontent.com OIDC provider."
  }
}

variable "role_path" {
  description = "IAM path of both roles."
  type        = string
  default     = "/"

  validation {
    condition     = can(regex("^/([A-Za-z0-9+=,.@_-]+/)*$", var.role_path))
    error_message = "role_path must start and end with '/' (for example \"/\" or \"/github-actions/\")."
  }
}

variable "permissions_boundary_arn" {
  description = "Optional permissions boundary policy ARN for both roles."
  type        = string
  default     = null
}

variable "max_session_duration" {
  description = "Maximum session duration of both roles in seconds (3600-43200); long Helm waits need a session that outlives them."
  type        = number
  default     = 3600

  validation {
    condition     = var.max_session_duration >= 3600 && var.max_session_duration <= 43200
    error_message = "max_session_duration must be between 3600 and 43200 seconds."
  }
}

# --- build role: pushes images -------------------------------------------------

variable "create_build_role" {
  description = "Create the build role (push to ecr_repository_arns)."
  type        = bool
  default     = true
}

variable "build_role_name" {
  description = "Name of the build role."
  type        = string
  default     = "github-actions-build"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.build_role_name))
    error_message = "build_role_name must be 1-64 characters from [A-Za-z0-9+=,.@_-]."
  }
}

variable "build_environments" {
  description = "GitHub environments whose jobs may assume the build role (subject 'repo:<owner>/<name>:environment:<env>')."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.build_environments : can(regex("^[^*?:]{1,255}$", e))])
    error_message = "build_environments entries must be environment names without '*', '?' or ':'."
  }

  validation {
    condition     = !var.create_build_role || length(var.build_environments) + length(var.build_refs) > 0
    error_message = "The build role needs at least one trusted subject: set build_environments (or build_refs)."
  }
}

variable "build_refs" {
  description = "Git refs (e.g. 'refs/heads/main') whose jobs outside any environment may assume the build role (subject 'repo:<owner>/<name>:ref:<ref>'). Prefer build_environments: environment protection rules then decide who may build."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for r in var.build_refs : can(regex("^refs/(heads|tags)/[^*?]+$", r))])
    error_message = "build_refs entries must be full refs without wildcards, e.g. \"refs/heads/main\"."
  }
}

variable "ecr_repository_arns" {
  description = "ARNs of the only ECR repositories the build role may push to and pull from."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.ecr_repository_arns : can(regex("^arn:aws[a-z-]*:ecr:[a-z0-9-]+:[0-9]{12}:repository/[^*?]+$", arn))])
    error_message = "ecr_repository_arns entries must be ECR repository ARNs without wildcards."
  }

  validation {
    condition     = !var.create_build_role || length(var.ecr_repository_arns) > 0
    error_message = "ecr_repository_arns must name at least one repository when create_build_role is true."
  }
}

# --- deploy role: helm upgrade into one namespace of one cluster ---------------

variable "create_deploy_role" {
  description = "Create the deploy role (eks:DescribeCluster on eks_cluster_name, plus an EKS access entry scoped to eks_namespaces)."
  type        = bool
  default     = true
}

variable "deploy_role_name" {
  description = "Name of the deploy role."
  type        = string
  default     = "github-actions-deploy"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.deploy_role_name))
    error_message = "deploy_role_name must be 1-64 characters from [A-Za-z0-9+=,.@_-]."
  }
}

variable "deploy_environments" {
  description = "GitHub environments whose jobs may assume the deploy role (subject 'repo:<owner>/<name>:environment:<env>')."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.deploy_environments : can(regex("^[^*?:]{1,255}$", e))])
    error_message = "deploy_environments entries must be environment names without '*', '?' or ':'."
  }

  validation {
    condition     = !var.create_deploy_role || length(var.deploy_environments) > 0
    error_message = "deploy_environments must name at least one environment when create_deploy_role is true."
  }
}

variable "eks_cluster_name" {
  description = "Name of the EKS cluster the deploy role may describe and deploy to (the cluster must use the API or API_AND_CONFIG_MAP authentication mode)."
  type        = string
  default     = null

  validation {
    condition     = !(var.create_deploy_role || var.create_plan_role) || (var.eks_cluster_name != null && can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", coalesce(var.eks_cluster_name, "-"))))
    error_message = "eks_cluster_name must be an EKS cluster name when create_deploy_role or create_plan_role is true."
  }
}

variable "eks_namespaces" {
  description = "Kubernetes namespaces the deploy role's access policy is scoped to. They must exist: a namespace-scoped entry cannot create namespaces."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for ns in var.eks_namespaces : can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", ns))])
    error_message = "eks_namespaces entries must be Kubernetes namespace names (no wildcards)."
  }

  validation {
    condition     = !(var.create_deploy_role || var.create_plan_role) || length(var.eks_namespaces) > 0
    error_message = "eks_namespaces must name at least one namespace when create_deploy_role or create_plan_role is true."
  }
}

variable "eks_access_policy_name" {
  description = "EKS access policy associated with the deploy role in eks_namespaces. AmazonEKSEditPolicy covers what a Helm release of a typical chart creates (workloads, Services, Ingresses, Secrets for release state) without RBAC objects."
  type        = string
  default     = "AmazonEKSEditPolicy"

  validation {
    condition     = contains(["AmazonEKSViewPolicy", "AmazonEKSEditPolicy", "AmazonEKSAdminPolicy"], var.eks_access_policy_name)
    error_message = "eks_access_policy_name must be AmazonEKSViewPolicy, AmazonEKSEditPolicy or AmazonEKSAdminPolicy (cluster-admin is not offered for a namespace-scoped deploy role)."
  }
}

variable "create_eks_access_entries" {
  description = "Create the EKS access entries (and the deploy role's access policy association). False leaves them out, e.g. for an emulator without the EKS access-entry API or a cluster still on the aws-auth ConfigMap; map the roles yourself then."
  type        = bool
  default     = true
}

variable "ecr_read_repository_arns" {
  description = "ECR repositories (usually in the build account) the deploy and plan roles may read by digest: images the nodes pull and charts Helm pulls. Empty grants no ECR access."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for arn in var.ecr_read_repository_arns : can(regex("^arn:aws[a-z-]*:ecr:[a-z0-9-]+:[0-9]{12}:repository/[^*?]+$", arn))])
    error_message = "ecr_read_repository_arns entries must be ECR repository ARNs without wildcards."
  }
}

# --- plan role: read-only diff before approval ----------------------------------

variable "create_plan_role" {
  description = "Create the read-only plan role (eks:DescribeCluster, an EKS access entry in plan_kubernetes_group, the RBAC of the plan_rbac_manifest output)."
  type        = bool
  default     = false
}

variable "plan_role_name" {
  description = "Name of the plan role."
  type        = string
  default     = "github-actions-plan"

  validation {
    condition     = can(regex("^[A-Za-z0-9+=,.@_-]{1,64}$", var.plan_role_name))
    error_message = "plan_role_name must be 1-64 characters from [A-Za-z0-9+=,.@_-]."
  }
}

variable "plan_environments" {
  description = "GitHub environments whose jobs may assume the plan role. Use an environment without required reviewers (e.g. 'prod-plan'), so the diff is computed before the protected environment's approval; restrict its deployment branches instead."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for e in var.plan_environments : can(regex("^[^*?:]{1,255}$", e))])
    error_message = "plan_environments entries must be environment names without '*', '?' or ':'."
  }

  validation {
    condition     = !var.create_plan_role || length(var.plan_environments) > 0
    error_message = "plan_environments must name at least one environment when create_plan_role is true."
  }

  validation {
    # The plan job runs before the protected environment's approval, so it needs an environment
    # of its own: one shared with the deploy role would either wait for approval or skip it.
    condition     = length(setintersection(toset(var.plan_environments), toset(var.deploy_environments))) == 0
    error_message = "plan_environments and deploy_environments must not share an environment (the plan job runs before the protected environment's approval)."
  }
}

variable "plan_kubernetes_group" {
  description = "Kubernetes group of the plan role's access entry, bound by the Role in the plan_rbac_manifest output."
  type        = string
  default     = "github-actions-plan"

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", var.plan_kubernetes_group)) && !startswith(var.plan_kubernetes_group, "system-") && !startswith(var.plan_kubernetes_group, "eks-")
    error_message = "plan_kubernetes_group must be a DNS-1123 label (it names the Role and RoleBinding too) and not start with 'system-' or 'eks-'."
  }
}

variable "tags" {
  description = "Tags applied to every resource."
  type        = map(string)
  default     = {}
}
