#!/usr/bin/env bash
# Build and deploy jobs of .github/workflows/deploy.yml: decides whether the job needs AWS (an
# IAM role assumed by OIDC) and checks what that needs, before anything is built or deployed.
#
#   build:  a registry that is not ECR (GHCR, Harbor, a local registry) is reached with
#           registry-username / the registry-password secret: no role, no region.
#   deploy: a kubeconfig secret (a cluster that is not EKS) replaces cluster-name and the role.
#
# usage: plan-access.sh build    env: ENVIRONMENT, REGISTRY, ROLE_ARN, AWS_REGION_INPUT
#        plan-access.sh deploy   env: HAS_KUBECONFIG (true|false), ROLE_ARN, CLUSTER_NAME, AWS_REGION_INPUT
# GITHUB_OUTPUT: aws (true|false)
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=lib.sh
source "$here/lib.sh"

need_region() {
  [[ -n ${AWS_REGION_INPUT:-} ]] ||
    ft_fail aws-region "aws-region is required: pass the aws-region input or set the FLYGTAXI_AWS_REGION variable"
  ft_has_control "$AWS_REGION_INPUT" && ft_fail aws-region "aws-region must be one line of text"
  return 0
}

case ${1:-} in
  build)
    # The build runs beside the chart job's plan (plan-deploy.sh): a malformed environment must
    # stop it too, before anything is built or pushed.
    env_name=${ENVIRONMENT-}
    if ft_has_control "$env_name" || [[ -n $env_name && ! $env_name =~ ^[A-Za-z0-9._-]+$ ]]; then
      ft_fail environment "environment \"$env_name\" is not valid: letters, digits, '.', '_' and '-' only; nothing was built"
    fi
    registry=${REGISTRY:-}
    ft_has_control "$registry" && ft_fail registry "registry must be one line of text: it contains a newline or another control character"
    # <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]: the caller's AWS credentials log in.
    if [[ -n $registry && ! $registry =~ ^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$ ]]; then
      ft_output aws false
      ft_log "registry $registry is not ECR: no AWS role is assumed (registry-username / registry-password log in)"
      exit 0
    fi
    bash "$here/check-role.sh" build-role-arn FLYGTAXI_BUILD_ROLE_ARN "${ROLE_ARN:-}"
    need_region
    ft_output aws true
    ;;
  deploy)
    if [[ ${HAS_KUBECONFIG:-false} == true ]]; then
      ft_output aws false
      ft_log "kubeconfig secret given: deploying to that cluster; no EKS cluster or AWS role is used"
      exit 0
    fi
    bash "$here/check-role.sh" deploy-role-arn FLYGTAXI_DEPLOY_ROLE_ARN "${ROLE_ARN:-}"
    [[ -n ${CLUSTER_NAME:-} ]] ||
      ft_fail cluster-name "cluster-name is required: pass the cluster-name input or set the FLYGTAXI_CLUSTER_NAME variable (repository or environment), or pass a kubeconfig secret for a cluster that is not EKS"
    ft_has_control "$CLUSTER_NAME" && ft_fail cluster-name "cluster-name must be one line of text"
    need_region
    ft_output aws true
    ;;
  *)
    ft_fail plan-access "usage: plan-access.sh build|deploy"
    ;;
esac
