terraform {
  # Same floor as the other modules and the roots (S3-native state locking, 1.10).
  required_version = ">= 1.10"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.8.0, < 7.0.0"
    }
  }
}
