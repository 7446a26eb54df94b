#!/usr/bin/env bash
# The one command that runs every check and test on a fresh machine (README's second command).
# Installs what it needs itself (pinned tools into .tools/, npm packages), then: type-check, lint,
# format, stale-dist check, workflow lint (actionlint + zizmor), Terraform offline checks, and the
# Jest suite against the local stack of real parts (started and stopped by the suite itself).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

started=$(date +%s)
log "bootstrap tools"
bash scripts/bootstrap.sh
ensure_node_modules
node --version | grep -q '^v24\.' || die "node on PATH is $(node --version), expected Node 24 from .tools/bin (run scripts/bootstrap.sh)"

log "type-check";      npm run --silent typecheck
log "lint";            npx eslint .
log "format";          npx prettier --check . >/dev/null || { npx prettier --check . || true; die "files are not formatted: run npm run format"; }
log "build example app"; npm run --silent build:app
log "dist is fresh";   bash scripts/check-dist.sh
log "generated files are fresh (composites, README tables)"; node scripts/docs.mjs --check
log "workflow lint";   bash scripts/lint-workflows.sh
log "terraform offline checks"; bash scripts/terraform-check.sh

log "jest (local stack: registry, kube-apiserver + kwok, moto)"
mkdir -p .tmp
set +e
npx jest --ci --json --outputFile=.tmp/jest-results.json "$@"
status=$?
set -e
node -e '
  const r = require("./.tmp/jest-results.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  // A suite that fails outside its tests (setup, cleanup) counts as a failure too.
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(`\ntests: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
' || true
echo "total time: $(( $(date +%s) - started )) s"
exit $status
