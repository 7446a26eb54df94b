# tflint with only its bundled terraform ruleset: plugins (e.g. the AWS ruleset) would be
# downloaded from GitHub, which this environment cannot reach.
config {
  call_module_type = "local"
}

plugin "terraform" {
  enabled = true
  preset  = "all"
}

# The roots keep the seed's layout (ecr.tf / irsa.tf / github-oidc.tf, providers.tf,
# terraform.tf) instead of a main.tf; the modules follow the standard structure.
rule "terraform_standard_module_structure" {
  enabled = false
}
