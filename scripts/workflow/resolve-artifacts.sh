#!/usr/bin/env bash
# Resolve job of .github/workflows/deploy.yml: which artifact this run deploys (issue #12, build
# once). An already-built image (pinned by digest) and an already-verified chart reference
# (oci://…@sha256:) are deployed as they are; only what is missing is built or packaged. Runs
# before any other job, so a malformed value stops the run before anything is built or pushed.
#
# env: IMAGE (optional, <registry>/<repository>@sha256:<hex>)
#      CHART_REF (optional, oci://<registry>/<path>/<chart>@sha256:<hex>)
#      CHART_REPOSITORY (optional, oci://<registry>/<path>: where the chart job pushes the chart)
#      ECR_REPOSITORY (the build repository; required unless IMAGE is given)
# GITHUB_OUTPUT: build, package (true/false), image, image-repository, image-digest, chart-ref
#
# Values reach the log and GITHUB_OUTPUT only through lib.sh; a value with a control character is
# refused by name.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for input in IMAGE:image CHART_REF:chart-ref CHART_REPOSITORY:chart-repository ECR_REPOSITORY:ecr-repository; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done

# The OCI distribution grammar (lib.sh).
host=$FT_OCI_HOST path=$FT_OCI_PATH digest=$FT_OCI_DIGEST

image=${IMAGE:-} chart_ref=${CHART_REF:-} chart_repository=${CHART_REPOSITORY:-}
repo='' image_digest=''
if [[ -n $image ]]; then
  [[ $image =~ ^($host/$path)@($digest)$ ]] ||
    ft_fail image "image \"$image\" is not an image pinned by digest (<registry>/<repository>@sha256:<64 hex digits>): a tag can move, a digest cannot"
  repo=${image%@*} image_digest=${image##*@}
elif [[ -z ${ECR_REPOSITORY:-} ]]; then
  ft_fail ecr-repository "ecr-repository is required to build the image: pass it (the build repository), or pass an already-built image pinned by digest"
fi
if [[ -n $chart_ref ]]; then
  [[ $chart_ref =~ ^oci://$host/$path@$digest$ ]] ||
    ft_fail chart-ref "chart-ref \"$chart_ref\" is not oci://<registry>/<path>/<chart>@sha256:<64 hex digits> (package-and-verify-helm-chart's chart-ref output)"
fi
if [[ -n $chart_repository ]]; then
  [[ $chart_repository =~ ^oci://$host/$path$ ]] ||
    ft_fail chart-repository "chart-repository \"$chart_repository\" is not oci://<registry>/<path> (no tag, no digest: the chart job pushes <path>/<chart> and deploys it by digest)"
fi

ft_output build "$([[ -z $image ]] && echo true || echo false)"
ft_output package "$([[ -z $chart_ref ]] && echo true || echo false)"
ft_output image "$image"
ft_output image-repository "$repo"
ft_output image-digest "$image_digest"
ft_output chart-ref "$chart_ref"
ft_log "image: ${image:-built by this run}; chart: ${chart_ref:-packaged and verified by this run}"
