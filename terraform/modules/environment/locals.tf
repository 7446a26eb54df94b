# Values computed from the inputs alone (no provider): the tests evaluate this file with
# the real terraform binary to check the exact secret ARNs the IRSA role may read.
locals {
  # Secrets Manager appends "-" and six random characters to every secret ARN; "??????"
  # matches exactly that suffix, so "app" never matches "app-other".
  secret_arn_suffixes = [for name in var.secrets_manager_secret_names : "secret:${name}-??????"]
  ssm_parameter_suffixes = var.ssm_parameter_path == null ? [] : [
    "parameter${var.ssm_parameter_path}",
    "parameter${var.ssm_parameter_path}/*",
  ]
}
