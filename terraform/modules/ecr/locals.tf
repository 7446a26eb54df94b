# Values computed from the inputs alone (no provider): the tests evaluate this file with
# the real terraform binary to check the lifecycle policy ECR will receive.
locals {
  with_exclusion = endswith(var.image_tag_mutability, "_WITH_EXCLUSION")

  untagged_rule = {
    rulePriority = 1
    description  = "Expire untagged images ${var.lifecycle_untagged_expire_days} days after push"
    selection = {
      tagStatus   = "untagged"
      countType   = "sinceImagePushed"
      countUnit   = "days"
      countNumber = var.lifecycle_untagged_expire_days
    }
    action = { type = "expire" }
  }

  # One rule per prefix: ECR ANDs the patterns inside one tagPatternList, so a
  # shared repository needs a rule for each service's '<prefix>-*' tags.
  tagged_rules = [
    for i, prefix in var.lifecycle_tag_prefixes : {
      rulePriority = 10 + i
      description  = "Keep the newest ${var.lifecycle_keep_tagged_count} images tagged ${prefix}-*"
      selection = {
        tagStatus      = "tagged"
        tagPatternList = ["${prefix}-*"]
        countType      = "imageCountMoreThan"
        countNumber    = var.lifecycle_keep_tagged_count
      }
      action = { type = "expire" }
    }
  ]

  lifecycle_policy = jsonencode({ rules = concat([local.untagged_rule], local.tagged_rules) })

  # What a runtime account needs to pull an image or chart by digest and to resolve a digest.
  pull_actions = [
    "ecr:BatchCheckLayerAvailability",
    "ecr:BatchGetImage",
    "ecr:DescribeImages",
    "ecr:GetDownloadUrlForLayer",
  ]
}
