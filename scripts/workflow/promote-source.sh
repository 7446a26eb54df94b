#!/usr/bin/env bash
# Source job of .github/workflows/promote.yml: the pinned references of what the source
# environment's last successful revision runs, from deploy-to-eks's `dry-run: record` outputs,
# checked before they reach deploy.yml. The chart reference is the chart repository the charts
# are pushed to, the chart's name and the OCI manifest digest the revision records.
#
# usage: promote-source.sh check   env: FROM, TO (before the source is read: two valid, different
#                                  environment names)
#        promote-source.sh         env: FROM, TO, IMAGE_REF (<registry>/<repository>@sha256:…),
#                                  CHART_REPOSITORY (oci://<registry>/<path>), CHART_NAME,
#                                  CHART_MANIFEST (sha256:…)
# GITHUB_OUTPUT: image, chart-ref
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for input in FROM:from TO:to IMAGE_REF:image-ref CHART_REPOSITORY:chart-repository CHART_NAME:chart-name CHART_MANIFEST:chart-manifest-digest; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done

for input in FROM:from TO:to; do
  var=${input%%:*} name=${input#*:}
  [[ ${!var:-} =~ ^[A-Za-z0-9._-]+$ ]] ||
    ft_fail "$name" "$name \"${!var:-}\" is not a valid environment name: letters, digits, '.', '_' and '-' only; nothing was promoted"
done
[[ $FROM != "$TO" ]] || ft_fail to "from and to are both \"$FROM\": a promotion moves an artifact to another environment; nothing was promoted"
[[ ${1:-} == check ]] && exit 0

from=$FROM
host='[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?'
path='[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*'

[[ ${CHART_REPOSITORY:-} =~ ^oci://$host/$path$ ]] ||
  ft_fail chart-repository "chart-repository \"${CHART_REPOSITORY:-}\" is not oci://<registry>/<path> (where deploy.yml's chart job pushed the chart); nothing was promoted"
[[ ${IMAGE_REF:-} =~ ^$host/$path@sha256:[a-f0-9]{64}$ ]] ||
  ft_fail promote "the last successful revision in $from records no image pinned by digest (it was deployed without image-digest); deploy it by digest first; nothing was promoted"
[[ ${CHART_NAME:-} =~ ^[a-z0-9]([a-z0-9-]*[a-z0-9])?$ ]] ||
  ft_fail promote "the last successful revision in $from records no chart name; nothing was promoted"
[[ ${CHART_MANIFEST:-} =~ ^sha256:[a-f0-9]{64}$ ]] ||
  ft_fail promote "the last successful revision in $from was deployed from a chart package, not from a chart repository by digest: deploy it with chart-repository (deploy.yml) so that it can be promoted; nothing was promoted"

chart_ref="${CHART_REPOSITORY%/}/$CHART_NAME@$CHART_MANIFEST"
ft_output image "$IMAGE_REF"
ft_output chart-ref "$chart_ref"
ft_log "promoting from $from: image $IMAGE_REF, chart $chart_ref"
