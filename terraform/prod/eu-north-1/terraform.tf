terraform {
  required_version = ">= 1.10.0, < 2.0.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # Same pin as every root (the modules need >= 6.8.0).
      version = "~> 6.8"
    }
  }

  # Partial configuration: bucket, key and region come from a backend file kept
  # out of the repository (see backend.hcl.example and terraform/README.md):
  #   terraform init -backend-config=backend.hcl
  backend "s3" {}
}
