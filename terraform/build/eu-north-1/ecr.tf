module "frontdoor_ecr" {
  source = "../../modules/ecr"

  name = var.ecr_repository_name

  # '<image>-<sha>' tags are written once; only '<image>-latest' moves.
  image_tag_mutability                   = "IMMUTABLE_WITH_EXCLUSION"
  image_tag_mutability_exclusion_filters = ["*-latest"]
  scan_on_push                           = true
  encryption_type                        = "AES256"

  lifecycle_tag_prefixes         = var.image_names
  lifecycle_keep_tagged_count    = var.keep_images_per_name
  lifecycle_untagged_expire_days = var.untagged_expire_days

  pull_account_ids = var.pull_account_ids
}
