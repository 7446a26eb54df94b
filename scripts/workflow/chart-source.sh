#!/usr/bin/env bash
# Plan and deploy jobs of .github/workflows/deploy.yml: what deploy-to-eks's `chart` input gets.
# A chart reference pinned by digest (given to the run, or pushed by its chart job) is passed on
# as it is: deploy-to-eks pulls it and refuses content that does not match the digest. Otherwise
# the artifact the chart job uploaded must hold exactly the package it verified (verify-chart.sh).
#
# env: CHART_REF (optional, oci://…@sha256:…), CHART_DIR, CHART_DIGEST
# GITHUB_OUTPUT: path (the package or the reference), oci (true|false)
set -euo pipefail
here=$(dirname "${BASH_SOURCE[0]}")
# shellcheck source=lib.sh
source "$here/lib.sh"

ref=${CHART_REF:-}
if [[ -n $ref ]]; then
  ft_has_control "$ref" && ft_fail chart-ref "chart-ref must be one line of text"
  [[ $ref =~ ^oci://[A-Za-z0-9][A-Za-z0-9.:-]*/[a-z0-9._/-]+@sha256:[a-f0-9]{64}$ ]] ||
    ft_fail chart-ref "chart-ref \"$ref\" is not oci://<registry>/<path>/<chart>@sha256:<64 hex digits>"
  ft_output path "$ref"
  ft_output oci true
  ft_log "chart $ref (pulled and checked against its digest by deploy-to-eks)"
  exit 0
fi
bash "$here/verify-chart.sh" "${CHART_DIR:?CHART_DIR is not set}" "${CHART_DIGEST:-}"
ft_output oci false
