# One runtime environment of one service: the pods' IRSA role (its own SSM parameters and
# exactly the Secrets Manager secrets the chart's ExternalSecret reads) and the GitHub deploy
# and read-only plan roles for the release namespace. The dev, staging and prod roots are
# this module with their own names.

# The cluster and its IAM OIDC provider exist already (created with the cluster);
# they are looked up by name so no account or provider ID is written down here.
data "aws_eks_cluster" "this" {
  name = var.eks_cluster_name
}

data "aws_iam_openid_connect_provider" "eks" {
  url = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  arn_prefix = "arn:${data.aws_partition.current.partition}"
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id
}

data "aws_iam_policy_document" "app" {
  dynamic "statement" {
    for_each = length(local.ssm_parameter_suffixes) > 0 ? [1] : []
    content {
      sid    = "ReadOwnParameters"
      effect = "Allow"
      actions = [
        "ssm:GetParameter",
        "ssm:GetParameters",
        "ssm:GetParametersByPath",
      ]
      resources = [for s in local.ssm_parameter_suffixes : "${local.arn_prefix}:ssm:${local.region}:${local.account_id}:${s}"]
    }
  }

  # What External Secrets Operator calls through the pods' ServiceAccount (SecretStore
  # auth.jwt.serviceAccountRef): the value and the metadata of the named secrets, nothing else.
  dynamic "statement" {
    for_each = length(local.secret_arn_suffixes) > 0 ? [1] : []
    content {
      sid    = "ReadOwnSecrets"
      effect = "Allow"
      actions = [
        "secretsmanager:DescribeSecret",
        "secretsmanager:GetSecretValue",
      ]
      resources = [for s in local.secret_arn_suffixes : "${local.arn_prefix}:secretsmanager:${local.region}:${local.account_id}:${s}"]
    }
  }

  # Secrets encrypted with a customer-managed key: decrypt only on behalf of Secrets Manager.
  dynamic "statement" {
    for_each = length(var.secrets_kms_key_arns) > 0 ? [1] : []
    content {
      sid       = "DecryptOwnSecrets"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = var.secrets_kms_key_arns

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["secretsmanager.${local.region}.amazonaws.com"]
      }
    }
  }
}

module "irsa" {
  source = "../irsa"

  name        = var.irsa_role_name
  path        = var.irsa_role_path
  description = "${var.service} pods (${var.namespace}/${var.service_account}) on ${var.eks_cluster_name}"

  oidc_provider_arn = data.aws_iam_openid_connect_provider.eks.arn
  oidc_issuer_url   = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
  namespace         = var.namespace
  service_account   = var.service_account

  # An IAM policy needs at least one statement: without parameters or secrets there is none.
  inline_policies = length(local.ssm_parameter_suffixes) + length(local.secret_arn_suffixes) > 0 ? {
    "${var.service}-config-read" = data.aws_iam_policy_document.app.json
  } : {}
  policy_arns = var.irsa_policy_arns
  tags        = var.tags
}

module "github_oidc" {
  source = "../github-oidc"

  github_repository    = var.github_repository
  create_oidc_provider = var.create_github_oidc_provider
  oidc_provider_arn    = var.github_oidc_provider_arn

  create_build_role = false

  create_deploy_role     = true
  deploy_role_name       = var.deploy_role_name
  deploy_environments    = var.deploy_environments
  eks_cluster_name       = var.eks_cluster_name
  eks_namespaces         = [var.namespace]
  eks_access_policy_name = var.eks_access_policy_name

  create_plan_role      = length(var.plan_environments) > 0
  plan_role_name        = var.plan_role_name
  plan_environments     = var.plan_environments
  plan_kubernetes_group = var.plan_kubernetes_group

  ecr_read_repository_arns  = var.ecr_read_repository_arns
  create_eks_access_entries = var.create_eks_access_entries
  tags                      = var.tags
}
