# The cluster and its IAM OIDC provider exist already (created with the cluster);
# they are looked up by name so no account or provider ID is written down here.
data "aws_eks_cluster" "this" {
  name = var.eks_cluster_name
}

data "aws_iam_openid_connect_provider" "eks" {
  url = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}

# The frontdoor reads its configuration from one SSM path and needs nothing else;
# the seed's RDS/EC2/SQS/SNS grants are left out until the service uses them.
data "aws_iam_policy_document" "frontdoor" {
  statement {
    sid    = "ReadOwnParameters"
    effect = "Allow"
    actions = [
      "ssm:GetParameter",
      "ssm:GetParameters",
      "ssm:GetParametersByPath",
    ]
    resources = [
      "arn:${data.aws_partition.current.partition}:ssm:${var.aws_region}:${data.aws_caller_identity.current.account_id}:parameter${var.ssm_parameter_path}",
      "arn:${data.aws_partition.current.partition}:ssm:${var.aws_region}:${data.aws_caller_identity.current.account_id}:parameter${var.ssm_parameter_path}/*",
    ]
  }
}

module "frontdoor_irsa" {
  source = "../../modules/irsa"

  name        = var.irsa_role_name
  path        = var.irsa_role_path
  description = "flygtaxi frontdoor pods (${var.namespace}/${var.service_account}) on ${var.eks_cluster_name}"

  oidc_provider_arn = data.aws_iam_openid_connect_provider.eks.arn
  oidc_issuer_url   = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
  namespace         = var.namespace
  service_account   = var.service_account

  inline_policies = {
    "frontdoor-ssm-read" = data.aws_iam_policy_document.frontdoor.json
  }
  policy_arns = var.frontdoor_policy_arns
}
