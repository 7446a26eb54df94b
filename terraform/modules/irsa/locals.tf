# Values computed from the inputs alone (no provider): the tests evaluate this file with
# the real terraform binary to check the exact subject the role trusts.
locals {
  # IAM condition keys use the issuer without its scheme.
  oidc_issuer = trimprefix(var.oidc_issuer_url, "https://")
  subject     = "system:serviceaccount:${var.namespace}:${var.service_account}"
}
