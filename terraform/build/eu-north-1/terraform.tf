terraform {
  required_version = ">= 1.10.0, < 2.0.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.8.0 added IMMUTABLE_WITH_EXCLUSION tag mutability; stay on major 6.
      version = "~> 6.8"
    }
  }

  # Partial configuration: bucket, key and region come from a backend file kept
  # out of the repository (see backend.hcl.example and terraform/README.md):
  #   terraform init -backend-config=backend.hcl
  backend "s3" {}
}
