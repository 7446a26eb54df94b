# One image repository and one chart repository per service, in the build account only: every
# environment pulls the same digests from here (build once, promote by digest), through the
# repository policy's per-environment grant.
module "service_ecr" {
  source   = "../../modules/ecr"
  for_each = toset(var.services)

  name = "${var.repository_prefix}/${each.key}"

  # '<service>-<sha>' tags are written once; only '<service>-latest' moves.
  image_tag_mutability                   = "IMMUTABLE_WITH_EXCLUSION"
  image_tag_mutability_exclusion_filters = ["*-latest"]
  scan_on_push                           = true
  encryption_type                        = "AES256"

  lifecycle_tag_prefixes         = [each.key]
  lifecycle_keep_tagged_count    = var.keep_images_per_service
  lifecycle_untagged_expire_days = var.untagged_expire_days

  pull_accounts = var.environments
  force_delete  = var.force_delete
}

# Helm charts as OCI artifacts (helm push oci://<registry>/<prefix>/charts): a chart version is
# written once, so every tag is immutable.
module "chart_ecr" {
  source   = "../../modules/ecr"
  for_each = toset(var.services)

  name = "${var.repository_prefix}/charts/${each.key}"

  image_tag_mutability                   = "IMMUTABLE"
  image_tag_mutability_exclusion_filters = []
  # ECR reports a chart artifact as an unsupported image; kept on so every repository scans.
  scan_on_push    = true
  encryption_type = "AES256"

  lifecycle_untagged_expire_days = var.untagged_expire_days

  pull_accounts = var.environments
  force_delete  = var.force_delete
}
