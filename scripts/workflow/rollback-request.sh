#!/usr/bin/env bash
# First step of .github/workflows/rollback.yml: the request is well formed before any credential
# is configured or the cluster is touched. deploy-to-eks then refuses, before anything changes, a
# revision the release does not have (or that never succeeded).
#
# env: ENVIRONMENT (a GitHub environment name), REVISION (previous, or a revision number)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for input in ENVIRONMENT:environment REVISION:revision; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done
[[ ${ENVIRONMENT:-} =~ ^[A-Za-z0-9._-]+$ ]] ||
  ft_fail environment "environment \"${ENVIRONMENT:-}\" is not valid: letters, digits, '.', '_' and '-' only; nothing was rolled back"
[[ ${REVISION:-} == previous || ${REVISION:-} =~ ^[1-9][0-9]{0,8}$ ]] ||
  ft_fail revision "revision \"${REVISION:-}\" is not previous or a revision number (helm history); nothing was rolled back"
ft_log "rolling $ENVIRONMENT back to $([[ $REVISION == previous ]] && echo 'the previous successful revision' || echo "revision $REVISION")"
