locals {
  oidc_provider_arn = var.create_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : var.oidc_provider_arn

  partition    = data.aws_partition.current.partition
  runtime_role = var.create_deploy_role || var.create_plan_role
  cluster_arn  = local.runtime_role ? "arn:${local.partition}:eks:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:cluster/${var.eks_cluster_name}" : null
}

data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

resource "aws_iam_openid_connect_provider" "github" {
  count = var.create_oidc_provider ? 1 : 0

  url            = "https://${local.github_oidc_host}"
  client_id_list = ["sts.amazonaws.com"]
  # No thumbprint_list: IAM trusts GitHub's issuer through its own CA library.
  tags = var.tags
}

# --- build role ----------------------------------------------------------------

data "aws_iam_policy_document" "build_trust" {
  count = var.create_build_role ? 1 : 0

  statement {
    sid     = "GitHubActionsBuild"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:sub"
      values   = local.build_subjects
    }
  }
}

data "aws_iam_policy_document" "build" {
  count = var.create_build_role ? 1 : 0

  statement {
    sid    = "EcrLogin"
    effect = "Allow"
    # GetAuthorizationToken is an account-level call: IAM accepts no narrower resource.
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid    = "PushNamedRepositories"
    effect = "Allow"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:CompleteLayerUpload",
      "ecr:DescribeImages",
      "ecr:DescribeRepositories",
      "ecr:GetDownloadUrlForLayer",
      "ecr:InitiateLayerUpload",
      "ecr:ListImages",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
    ]
    resources = var.ecr_repository_arns
  }
}

resource "aws_iam_role" "build" {
  count = var.create_build_role ? 1 : 0

  name                 = var.build_role_name
  path                 = var.role_path
  description          = "GitHub Actions build role for ${var.github_repository}: push to named ECR repositories"
  assume_role_policy   = data.aws_iam_policy_document.build_trust[0].json
  max_session_duration = var.max_session_duration
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "build" {
  count = var.create_build_role ? 1 : 0

  name   = "ecr-push"
  role   = aws_iam_role.build[0].id
  policy = data.aws_iam_policy_document.build[0].json
}

# --- deploy role ---------------------------------------------------------------

data "aws_iam_policy_document" "deploy_trust" {
  count = var.create_deploy_role ? 1 : 0

  statement {
    sid     = "GitHubActionsDeploy"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:sub"
      values   = local.deploy_subjects
    }
  }
}

# Deploy and plan roles make the same AWS calls: endpoint and CA of one cluster for the
# kubeconfig, and (with ecr_read_repository_arns) reading images and charts by digest from the
# build account's registry. Everything inside the cluster is granted by the access entries below.
data "aws_iam_policy_document" "runtime" {
  count = local.runtime_role ? 1 : 0

  statement {
    sid       = "DescribeCluster"
    effect    = "Allow"
    actions   = ["eks:DescribeCluster"]
    resources = [local.cluster_arn]
  }

  dynamic "statement" {
    for_each = length(var.ecr_read_repository_arns) > 0 ? [1] : []
    content {
      sid    = "EcrLogin"
      effect = "Allow"
      # GetAuthorizationToken is an account-level call: IAM accepts no narrower resource.
      actions   = ["ecr:GetAuthorizationToken"]
      resources = ["*"]
    }
  }

  dynamic "statement" {
    for_each = length(var.ecr_read_repository_arns) > 0 ? [1] : []
    content {
      sid    = "ReadArtifactsByDigest"
      effect = "Allow"
      actions = [
        "ecr:BatchCheckLayerAvailability",
        "ecr:BatchGetImage",
        "ecr:DescribeImages",
        "ecr:GetDownloadUrlForLayer",
      ]
      resources = var.ecr_read_repository_arns
    }
  }
}

resource "aws_iam_role" "deploy" {
  count = var.create_deploy_role ? 1 : 0

  name                 = var.deploy_role_name
  path                 = var.role_path
  description          = "GitHub Actions deploy role for ${var.github_repository}: Helm releases in ${join(", ", var.eks_namespaces)} on ${var.eks_cluster_name}"
  assume_role_policy   = data.aws_iam_policy_document.deploy_trust[0].json
  max_session_duration = var.max_session_duration
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "deploy" {
  count = var.create_deploy_role ? 1 : 0

  name   = "eks-describe-cluster"
  role   = aws_iam_role.deploy[0].id
  policy = data.aws_iam_policy_document.runtime[0].json
}

resource "aws_eks_access_entry" "deploy" {
  count = var.create_deploy_role && var.create_eks_access_entries ? 1 : 0

  cluster_name  = var.eks_cluster_name
  principal_arn = aws_iam_role.deploy[0].arn
  type          = "STANDARD"
  tags          = var.tags
}

resource "aws_eks_access_policy_association" "deploy" {
  count = var.create_deploy_role && var.create_eks_access_entries ? 1 : 0

  cluster_name = var.eks_cluster_name
  # Referencing the entry (not the role) orders this after the entry exists.
  principal_arn = aws_eks_access_entry.deploy[0].principal_arn
  policy_arn    = "arn:${local.partition}:eks::aws:cluster-access-policy/${var.eks_access_policy_name}"

  access_scope {
    type       = "namespace"
    namespaces = var.eks_namespaces
  }
}

# --- plan role: read-only, for the diff shown before a protected environment's approval ---

data "aws_iam_policy_document" "plan_trust" {
  count = var.create_plan_role ? 1 : 0

  statement {
    sid     = "GitHubActionsPlan"
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [local.oidc_provider_arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:aud"
      values   = ["sts.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "${local.github_oidc_host}:sub"
      values   = local.plan_subjects
    }
  }
}

resource "aws_iam_role" "plan" {
  count = var.create_plan_role ? 1 : 0

  name                 = var.plan_role_name
  path                 = var.role_path
  description          = "GitHub Actions plan role for ${var.github_repository}: read-only diff of releases in ${join(", ", var.eks_namespaces)} on ${var.eks_cluster_name}"
  assume_role_policy   = data.aws_iam_policy_document.plan_trust[0].json
  max_session_duration = var.max_session_duration
  permissions_boundary = var.permissions_boundary_arn
  tags                 = var.tags
}

resource "aws_iam_role_policy" "plan" {
  count = var.create_plan_role ? 1 : 0

  name   = "eks-describe-cluster"
  role   = aws_iam_role.plan[0].id
  policy = data.aws_iam_policy_document.runtime[0].json
}

# No access policy association: the entry only puts the role in a Kubernetes group, and the
# RBAC Role of the plan_rbac_manifest output grants that group get/list in the namespaces.
# (AmazonEKSViewPolicy would not do: it excludes Secrets, where Helm keeps release state.)
resource "aws_eks_access_entry" "plan" {
  count = var.create_plan_role && var.create_eks_access_entries ? 1 : 0

  cluster_name      = var.eks_cluster_name
  principal_arn     = aws_iam_role.plan[0].arn
  type              = "STANDARD"
  kubernetes_groups = [var.plan_kubernetes_group]
  tags              = var.tags
}
