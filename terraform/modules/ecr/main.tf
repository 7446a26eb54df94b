locals {
  pull_principals = concat(
    [for id in var.pull_account_ids : "arn:${data.aws_partition.current.partition}:iam::${id}:root"],
    var.pull_principal_arns,
  )
}

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

data "aws_iam_policy_document" "pull" {
  count = length(local.pull_principals) > 0 ? 1 : 0

  statement {
    sid    = "CrossAccountPull"
    effect = "Allow"

    principals {
      type        = "AWS"
      identifiers = local.pull_principals
    }

    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
  }
}

resource "aws_ecr_repository_policy" "pull" {
  count = length(local.pull_principals) > 0 ? 1 : 0

  repository = aws_ecr_repository.this.name
  policy     = data.aws_iam_policy_document.pull[0].json
}
