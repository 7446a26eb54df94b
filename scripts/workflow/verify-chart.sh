#!/usr/bin/env bash
# Deploy job of .github/workflows/deploy.yml: the artifact must hold exactly the one package the
# chart job verified; its sha256 must equal the digest the chart job reported.
#
# usage: verify-chart.sh DIR sha256:HEX      GITHUB_OUTPUT: path
set -euo pipefail
dir=$1 expected=${2:-}
shopt -s nullglob
packages=("$dir"/*.tgz)
if ((${#packages[@]} != 1)); then
  echo "::error title=chart artifact::expected one .tgz in the chart artifact, found ${#packages[@]} in $dir"
  exit 1
fi
path=${packages[0]}
actual="sha256:$(sha256sum "$path" | cut -d' ' -f1)"
if [[ $actual != "$expected" ]]; then
  echo "::error title=chart artifact::$(basename "$path") has digest $actual, but the chart job verified ${expected:-<none>}; refusing to deploy"
  exit 1
fi
echo "path=$path" >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
echo "chart package $(basename "$path") matches $actual"
