data "aws_partition" "current" {}

resource "aws_ecr_repository" "this" {
  #checkov:skip=CKV_AWS_51:IMMUTABLE_WITH_EXCLUSION (the default) keeps every tag immutable except the moving '*-latest' tag; checkov only accepts plain IMMUTABLE.
  #checkov:skip=CKV_AWS_136:AES256 is the default so cross-account pulls need no KMS key policy; set encryption_type = "KMS" and kms_key_arn for a customer-managed key.
  name                 = var.name
  image_tag_mutability = var.image_tag_mutability
  force_delete         = var.force_delete

  dynamic "image_tag_mutability_exclusion_filter" {
    for_each = local.with_exclusion ? var.image_tag_mutability_exclusion_filters : []
    content {
      filter      = image_tag_mutability_exclusion_filter.value
      filter_type = "WILDCARD"
    }
  }

  image_scanning_configuration {
    scan_on_push = var.scan_on_push
  }

  encryption_configuration {
    encryption_type = var.encryption_type
    kms_key         = var.encryption_type == "KMS" ? var.kms_key_arn : null
  }

  tags = var.tags
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy     = local.lifecycle_policy
}

# One statement per pulling environment. The principal is the environment's account, so the
# policy never names a role that must exist first (ECR rejects unknown role principals, which
# would force the runtime roots to be applied before the build root); principal_arns narrows
# the statement to exactly those roles with aws:PrincipalArn. The runtime principals still need
# the same actions in their own IAM policy: cross-account access is granted on both sides.
data "aws_iam_policy_document" "pull" {
  count = length(var.pull_accounts) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = var.pull_accounts
    content {
      sid    = "Pull${replace(title(replace(statement.key, "/[^A-Za-z0-9]+/", " ")), " ", "")}"
      effect = "Allow"

      principals {
        type        = "AWS"
        identifiers = ["arn:${data.aws_partition.current.partition}:iam::${statement.value.account_id}:root"]
      }

      # Pull by digest (kubelet, helm pull of a chart) and resolve a digest (promotion checks
      # that the target can read what the source runs).
      actions = local.pull_actions

      dynamic "condition" {
        for_each = length(statement.value.principal_arns) > 0 ? [statement.value.principal_arns] : []
        content {
          test     = "ArnEquals"
          variable = "aws:PrincipalArn"
          values   = condition.value
        }
      }
    }
  }
}

resource "aws_ecr_repository_policy" "pull" {
  count = length(var.pull_accounts) > 0 ? 1 : 0

  repository = aws_ecr_repository.this.name
  policy     = data.aws_iam_policy_document.pull[0].json
}
