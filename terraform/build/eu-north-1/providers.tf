provider "aws" {
  region = var.aws_region
  # Refuses to plan against any other account, so a wrong AWS profile cannot
  # create the registry in the runtime account.
  allowed_account_ids = var.allowed_account_ids

  default_tags {
    tags = var.default_tags
  }
}
