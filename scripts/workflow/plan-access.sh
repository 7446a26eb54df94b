#!/usr/bin/env bash
# Jobs of .github/workflows/deploy.yml and promote.yml: decides whether the job needs AWS (an
# IAM role assumed by OIDC) and checks what that needs, before anything is built or deployed.
#
#   build:  a registry that is not ECR (GHCR, Harbor, a local registry) is reached with
#           registry-username / the registry-password secret: no role, no region.
#   chart:  the same for the chart repository the chart job pushes to (none: no push, no role).
#   deploy: a kubeconfig secret (a cluster that is not EKS) replaces cluster-name and the role.
#   copy:   promote.yml's copy job (copy-to): a role only when the build or the target registry is
#           ECR (its pull and push go through the ECR credential helper with that role).
#   plan:   the same with the read-only plan role (plan-role-arn / FLYGTAXI_PLAN_ROLE_ARN) or a
#           read-only kubeconfig (the plan-kubeconfig secret): the plan job of deploy.yml and the
#           source job of promote.yml only read.
#
# usage: plan-access.sh build    env: ENVIRONMENT, REGISTRY, ROLE_ARN, AWS_REGION_INPUT
#        plan-access.sh chart    env: CHART_REPOSITORY (oci://host/path or empty), ROLE_ARN, AWS_REGION_INPUT
#        plan-access.sh deploy   env: HAS_KUBECONFIG (true|false), ROLE_ARN, CLUSTER_NAME, AWS_REGION_INPUT
#        plan-access.sh plan     env: the same as deploy, HAS_KUBECONFIG for the plan-kubeconfig secret
#        plan-access.sh copy     env: SOURCE (<registry>/<repository>@…), DESTINATION (<registry>/<repository>), ROLE_ARN, AWS_REGION_INPUT
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

is_ecr() {
  # <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]: the caller's AWS credentials log in.
  [[ $1 =~ ^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$ ]]
}

# cluster_access ROLE_INPUT ROLE_VARIABLE SECRET: the deploy and plan jobs.
cluster_access() {
  if [[ ${HAS_KUBECONFIG:-false} == true ]]; then
    ft_output aws false
    ft_log "$3 secret given: using that cluster; no EKS cluster or AWS role is used"
    exit 0
  fi
  bash "$here/check-role.sh" "$1" "$2" "${ROLE_ARN:-}"
  [[ -n ${CLUSTER_NAME:-} ]] ||
    ft_fail cluster-name "cluster-name is required: pass the cluster-name input or set the FLYGTAXI_CLUSTER_NAME variable (repository or environment), or pass a $3 secret for a cluster that is not EKS"
  ft_has_control "$CLUSTER_NAME" && ft_fail cluster-name "cluster-name must be one line of text"
  need_region
  ft_output aws true
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
    if [[ -n $registry ]] && ! is_ecr "$registry"; then
      ft_output aws false
      ft_log "registry $registry is not ECR: no AWS role is assumed (registry-username / registry-password log in)"
      exit 0
    fi
    bash "$here/check-role.sh" build-role-arn FLYGTAXI_BUILD_ROLE_ARN "${ROLE_ARN:-}"
    need_region
    ft_output aws true
    ;;
  chart)
    repository=${CHART_REPOSITORY:-}
    ft_has_control "$repository" && ft_fail chart-repository "chart-repository must be one line of text"
    if [[ -z $repository ]]; then
      ft_output aws false
      exit 0
    fi
    registry=${repository#oci://}
    registry=${registry%%/*}
    if ! is_ecr "$registry"; then
      ft_output aws false
      ft_log "chart repository $registry is not ECR: no AWS role is assumed (registry-username / registry-password log in)"
      exit 0
    fi
    bash "$here/check-role.sh" build-role-arn FLYGTAXI_BUILD_ROLE_ARN "${ROLE_ARN:-}"
    need_region
    ft_output aws true
    ;;
  deploy)
    cluster_access deploy-role-arn FLYGTAXI_DEPLOY_ROLE_ARN kubeconfig
    ;;
  plan)
    cluster_access plan-role-arn FLYGTAXI_PLAN_ROLE_ARN plan-kubeconfig
    ;;
  copy)
    for input in SOURCE:image DESTINATION:copy-to; do
      var=${input%%:*} name=${input#*:}
      ft_has_control "${!var:-}" && ft_fail "$name" "$name must be one line of text"
    done
    [[ ${DESTINATION:-} =~ ^$FT_OCI_HOST/$FT_OCI_PATH$ ]] ||
      ft_fail copy-to "copy-to \"${DESTINATION:-}\" is not <registry>/<repository> (no tag, no digest: the image is copied by digest); nothing was promoted"
    source_registry=${SOURCE%%/*} destination_registry=${DESTINATION%%/*}
    if ! is_ecr "$source_registry" && ! is_ecr "$destination_registry"; then
      ft_output aws false
      ft_log "neither $source_registry nor $destination_registry is ECR: no AWS role is assumed (registry-username / copy-username log in)"
      exit 0
    fi
    bash "$here/check-role.sh" copy-role-arn FLYGTAXI_COPY_ROLE_ARN "${ROLE_ARN:-}"
    need_region
    ft_output aws true
    ;;
  *)
    ft_fail plan-access "usage: plan-access.sh build|chart|deploy|plan|copy"
    ;;
esac
