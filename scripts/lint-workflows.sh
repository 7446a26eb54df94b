#!/usr/bin/env bash
# actionlint and zizmor (offline) over every workflow, template and action.yml.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
command -v actionlint >/dev/null || die "actionlint not found: run scripts/bootstrap.sh"
command -v zizmor >/dev/null || die "zizmor not found: run scripts/bootstrap.sh"
mapfile -t workflows < <(ls .github/workflows/*.yml workflows-templates/*.yml 2>/dev/null || true)
if [ "${#workflows[@]}" -gt 0 ]; then actionlint "${workflows[@]}"; fi
mapfile -t actions < <(ls action.yml deploy-eks/action.yml actions/*/action.yml 2>/dev/null || true)
zizmor --offline --no-progress "${workflows[@]}" "${actions[@]}"
echo "actionlint and zizmor: clean (${#workflows[@]} workflows, ${#actions[@]} actions)"
