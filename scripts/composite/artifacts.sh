#!/usr/bin/env bash
# The composites' (action.yml, deploy-eks/action.yml) artifacts: what they deploy, and where a
# chart they package goes (issue #12, build once). An already-built image (image-ref, pinned by
# digest) skips the build, an already-verified chart (chart-ref, oci://…@sha256:) skips the
# package; a chart the composite packages is pushed (push-to) and deployed by digest, so every
# revision a composite deploys records its image and chart digests and can be promoted.
#
# usage: artifacts.sh check             before anything runs: image-ref, chart-ref, push-to well formed
#        artifacts.sh chart-repository  check, then where the chart goes: push-to as given, else the
#                                       image's registry, <prefix of its repository>/charts (the
#                                       build account's layout: terraform/build, chart_registry_url)
# env:   IMAGE_REF (root composite, optional: <registry>/<repository>@sha256:<hex>)
#        IMAGE (<registry>/<repository>: the image deployed; the root composite's build output)
#        CHART_REF (optional), PUSH_TO (optional, oci://<registry>/<path>)
# GITHUB_OUTPUT: check: image-repository, image-digest (of image-ref; empty without one)
#                chart-repository: push-to (empty when chart-ref is given), same-registry (true when
#                the chart's registry is the image's: the image's credentials may be reused)
#
# Values reach the log and GITHUB_OUTPUT only through lib.sh; a value with a control character is
# refused by name, before anything is built, pushed or deployed.
set -euo pipefail
# shellcheck source=../workflow/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../workflow/lib.sh"

mode=${1:-}
[[ $mode == check || $mode == chart-repository ]] || ft_fail artifacts "usage: artifacts.sh check|chart-repository"

for input in IMAGE_REF:image-ref IMAGE:image CHART_REF:chart-ref PUSH_TO:push-to; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done
host=$FT_OCI_HOST path=$FT_OCI_PATH digest=$FT_OCI_DIGEST
image_ref=${IMAGE_REF:-} image=${IMAGE:-} chart_ref=${CHART_REF:-} push_to=${PUSH_TO:-}

if [[ -n $image_ref && ! $image_ref =~ ^$host/$path@$digest$ ]]; then
  ft_fail image-ref "image-ref \"$image_ref\" is not an image pinned by digest (<registry>/<repository>@sha256:<64 hex digits>): a tag can move, a digest cannot"
fi
if [[ -n $chart_ref && ! $chart_ref =~ ^oci://$host/$path@$digest$ ]]; then
  ft_fail chart-ref "chart-ref \"$chart_ref\" is not oci://<registry>/<path>/<chart>@sha256:<64 hex digits> (package-and-verify-helm-chart's chart-ref output)"
fi
if [[ -n $push_to && ! $push_to =~ ^oci://$host/$path$ ]]; then
  ft_fail push-to "push-to \"$push_to\" is not oci://<registry>/<path> (no tag, no digest: the chart is pushed as <path>/<chart> and deployed by digest)"
fi

if [[ $mode == check ]]; then
  image_digest=''
  [[ -z $image_ref ]] || image_digest=${image_ref##*@}
  ft_output image-repository "${image_ref%@*}"
  ft_output image-digest "$image_digest"
  ft_log "image: ${image_ref:-built by this step}; chart: ${chart_ref:-packaged, verified and pushed by this step}"
  exit 0
fi

# The registry of a reference: its first component when that names a host (a dot, a port or
# localhost), as the container tools read it; `frontdoor` or `team/frontdoor` names none.
registry_of() {
  local first=${1%%/*}
  [[ $1 == */* && ($first == *.* || $first == *:* || $first == localhost) ]] && printf '%s' "$first"
}
image_registry=$(registry_of "$image" || true)

if [[ -n $chart_ref ]]; then
  chart_registry=$(registry_of "${chart_ref#oci://}" || true)
  ft_output push-to ''
  ft_output same-registry "$([[ -n $image_registry && $chart_registry == "$image_registry" ]] && echo true || echo false)"
  exit 0
fi
if [[ -z $push_to ]]; then
  if [[ -z $image_registry ]]; then
    why="no image is given to put it next to"
    [[ -z $image ]] || why="image \"$image\" names no registry to put it next to"
    ft_fail push-to "push-to is required: the verified chart is pushed and deployed by digest so the revision can be promoted, and $why; pass push-to (oci://<registry>/<path>) or an already-verified chart-ref"
  fi
  repository=${image#*/}
  prefix=''
  [[ $repository != */* ]] || prefix="${repository%/*}/"
  push_to="oci://$image_registry/${prefix}charts"
  [[ $push_to =~ ^oci://$host/$path$ ]] ||
    ft_fail push-to "cannot derive push-to from image \"$image\"; pass push-to (oci://<registry>/<path>)"
fi
chart_registry=$(registry_of "${push_to#oci://}" || true)
ft_output push-to "$push_to"
ft_output same-registry "$([[ -n $image_registry && $chart_registry == "$image_registry" ]] && echo true || echo false)"
ft_log "the verified chart is pushed to $push_to and deployed from there by digest"
