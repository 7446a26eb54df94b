#!/usr/bin/env bash
# Fails when dist/ differs from what `npm run build` produces from the current sources.
# Builds into a scratch directory and compares, so it works with or without a git checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=".tmp/dist-check"
rm -rf "$scratch"
node scripts/build.mjs --out-root "$scratch" >/dev/null
if ! diff -r -q dist "$scratch/dist" >/dev/null 2>&1; then
  echo "dist/ is stale: run 'npm run build' and commit the result. Differences:" >&2
  diff -r -q dist "$scratch/dist" >&2 || true
  exit 1
fi
rm -rf "$scratch"
echo "dist/ is up to date"
