#!/usr/bin/env bash
# Deploy job of .github/workflows/deploy.yml: the artifact must hold exactly the one package the
# chart job verified; its sha256 must equal the digest the chart job reported. File names come
# from the artifact, so they reach the log only escaped and the output only through lib.sh.
#
# usage: verify-chart.sh DIR sha256:HEX      GITHUB_OUTPUT: path
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
dir=$1 expected=${2:-}
shopt -s nullglob
packages=("$dir"/*.tgz)
if ((${#packages[@]} != 1)); then
  ft_fail "chart artifact" "expected one .tgz in the chart artifact, found ${#packages[@]} in $dir"
fi
path=${packages[0]}
name=$(basename "$path")
if ft_has_control "$name"; then
  ft_fail "chart artifact" "the package's file name contains a newline or another control character; refusing to deploy"
fi
actual="sha256:$(sha256sum <"$path" | cut -d' ' -f1)"
if [[ $actual != "$expected" ]]; then
  ft_fail "chart artifact" "$name has digest $actual, but the chart job verified ${expected:-<none>}; refusing to deploy"
fi
ft_output path "$path"
ft_log "chart package $name matches $actual"
