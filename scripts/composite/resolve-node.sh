#!/usr/bin/env bash
# Prints the path of a Node.js whose major version is at least $1 (default 24), or nothing.
#
# Why: the composite actions (action.yml, deploy-eks/action.yml) run the JS bundles with
# `node dist/<action>/index.js`, and a composite `run:` step gets `node` from PATH, not the
# runner's own node24 that `runs.using: node24` would use. GitHub-hosted images put an older
# Node first on PATH but keep newer ones in the tool cache; self-hosted runner images
# (actions-runner-controller) often have no node at all. When this prints nothing, the
# composite installs Node with actions/setup-node.
set -euo pipefail
want=${1:-24}

major() { "$1" -e 'process.stdout.write(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }

if command -v node >/dev/null 2>&1 && (($(major node) >= want)); then
  command -v node
  exit 0
fi
if [[ -n ${RUNNER_TOOL_CACHE:-} && -d $RUNNER_TOOL_CACHE/node ]]; then
  # Newest first: <tool cache>/node/<version>/<arch>/bin/node
  while IFS= read -r candidate; do
    if (($(major "$candidate") >= want)); then
      echo "$candidate"
      exit 0
    fi
  done < <(find "$RUNNER_TOOL_CACHE/node" -mindepth 4 -maxdepth 4 -path '*/bin/node' 2>/dev/null | sort -V -r)
fi
exit 0
