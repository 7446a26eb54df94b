#!/usr/bin/env bash
# The main job (README's first command): the whole pipeline on the local stack, twice.
# Installs the pinned tools and npm packages, starts the stack (or reuses a running one), builds
# the stand-in base images, then runs e2e/main-job.ts, which drives the three actions' bundles
# from dist/ the way the runner does. Stops the stack afterwards if it started it.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

log "bootstrap tools"
bash scripts/bootstrap.sh
ensure_node_modules
node --version | grep -q '^v24\.' || die "node on PATH is $(node --version), expected Node 24 from .tools/bin (run scripts/bootstrap.sh)"

started_stack=0
if ! bash scripts/stack/status.sh >/dev/null 2>&1; then
  log "start the local stack"
  bash scripts/stack/start.sh
  started_stack=1
fi
cleanup() { if [ "$started_stack" = 1 ]; then log "stop the local stack"; bash scripts/stack/stop.sh; fi; }
trap cleanup EXIT

set -a
# shellcheck disable=SC1091
source .tools/stack/stack.env
set +a
log "stand-in base images"
eval "$(bash scripts/base-images.sh | grep -E '^(BUILD|RUNTIME)_IMAGE=')"
export BUILD_IMAGE RUNTIME_IMAGE

log "main job"
node e2e/main-job.ts
