provider "aws" {
  region = var.aws_region
  # Refuses to plan against any other account, so a wrong AWS profile cannot
  # change IAM in the build account or another environment.
  allowed_account_ids = var.allowed_account_ids

  default_tags {
    tags = var.default_tags
  }
}
