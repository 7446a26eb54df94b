terraform {
  # Cross-variable validation (1.9) and S3-native state locking in the roots (1.10).
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.8.0 added IMMUTABLE_WITH_EXCLUSION and image_tag_mutability_exclusion_filter.
      version = ">= 6.8.0, < 7.0.0"
    }
  }
}
