#!/usr/bin/env bash
# Offline checks of terraform/ (providers cannot be downloaded here, so no init/validate/plan).
#
# Usage: scripts/terraform-check.sh [STEP...]      steps: fmt parse tflint checkov (default: all)
#   fmt      terraform (or tofu) fmt -check -recursive; skipped, saying so, when neither is on PATH
#   parse    every .tf file parses (terraform/tests/hcl2json.py, python-hcl2 from .tools/venv)
#   tflint   tflint's bundled terraform ruleset (preset "all", terraform/.tflint.hcl); skipped,
#            saying so, when tflint is not on PATH
#   checkov  checkov --framework terraform: no failed check, no parsing error, every
#            inline suppression (#checkov:skip=ID:reason) carries a reason
# Environment:
#   FT_TF_DIR          tree to check (default terraform/; the tests point it at broken copies)
#   FT_TF_PYTHON       python with the hcl2 module (default .tools/venv/bin/python)
#   FT_TFLINT          tflint executable (default: tflint from PATH, .tools/bin first)
#   FT_CHECKOV         checkov executable (default: checkov from PATH, .tools/bin first)
#   FT_CHECKOV_REPORT  also keep checkov's JSON report at this path
# Structural assertions (typed variables, trust policies, IRSA subject vs chart) live in
# test/terraform/terraform.test.ts, which runs this script's steps too.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TF_DIR=${FT_TF_DIR:-$ROOT/terraform}
export PATH="$ROOT/.tools/bin:$PATH"

say() { printf '[terraform-check] %s\n' "$*"; }
die() { printf 'terraform-check: %s\n' "$*" >&2; exit 1; }

STEPS=()
for arg in "$@"; do
  case $arg in
    fmt | parse | tflint | checkov) STEPS+=("$arg") ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) die "unknown step '$arg' (steps: fmt parse tflint checkov)" ;;
  esac
done
((${#STEPS[@]})) || STEPS=(fmt parse tflint checkov)

[[ -d $TF_DIR ]] || die "terraform directory $TF_DIR is missing"

step_fmt() {
  local bin
  if command -v terraform >/dev/null 2>&1; then
    bin=terraform
  elif command -v tofu >/dev/null 2>&1; then
    bin=tofu
  else
    say "fmt: SKIPPED - formatting NOT checked: neither terraform nor tofu is on PATH"
    return 0
  fi
  # fmt reads no CLI configuration; an empty one avoids warnings about a missing ~/.terraformrc.
  if TF_CLI_CONFIG_FILE=/dev/null "$bin" fmt -check -recursive -diff "$TF_DIR"; then
    say "fmt: ok ($("$bin" version 2>/dev/null | head -n1))"
  else
    die "fmt: files above are not formatted; run: $bin fmt -recursive terraform"
  fi
  say "validate: NOT RUN - terraform validate needs the hashicorp/aws provider: the Terraform registry is unreachable and the Go module proxy serves only its v1.60.0 (plugin protocol 4, which Terraform >= 0.12 cannot load); see terraform/README.md"
}

tf_python() {
  local py=${FT_TF_PYTHON:-$ROOT/.tools/venv/bin/python}
  [[ -x $py ]] || die "parse: no python at $py (run scripts/bootstrap.sh --only python, or set FT_TF_PYTHON)"
  printf '%s' "$py"
}

step_parse() {
  local py dirs json
  py=$(tf_python)
  json=$(mktemp)
  trap 'rm -f "$json"' RETURN
  # The parser is the project's own script (not $TF_DIR's copy): it is what the tests trust.
  "$py" "$ROOT/terraform/tests/hcl2json.py" "$TF_DIR" >"$json" || die "parse: HCL parsing failed (message above)"
  dirs=$("$py" -c 'import json,sys; print(" ".join(sorted(json.load(open(sys.argv[1]))["dirs"])))' "$json")
  say "parse: ok ($dirs)"
}

step_tflint() {
  local tflint=${FT_TFLINT:-tflint}
  if ! command -v "$tflint" >/dev/null 2>&1; then
    say "tflint: SKIPPED - lint NOT run: '$tflint' is not on PATH"
    return 0
  fi
  # Only the bundled terraform ruleset: plugin downloads are impossible here.
  if (cd "$TF_DIR" && "$tflint" --recursive --config "$TF_DIR/.tflint.hcl" --format compact); then
    say "tflint: ok ($("$tflint" --version | head -n1))"
  else
    die "tflint: issues listed above"
  fi
}

step_checkov() {
  local checkov=${FT_CHECKOV:-checkov} report py
  command -v "$checkov" >/dev/null 2>&1 || die "checkov: '$checkov' not found (run scripts/bootstrap.sh --only python, or set FT_CHECKOV)"
  report=$(mktemp)
  trap 'rm -f "$report"' RETURN
  # --skip-download: no Prisma Cloud calls (no network here, and none wanted in CI).
  # Exit status is judged from the report below, so a finding is not confused with a crash.
  "$checkov" --framework terraform -d "$TF_DIR" --skip-download -o json >"$report" 2>"$report.err" || true
  if [[ -n ${FT_CHECKOV_REPORT:-} ]]; then cp "$report" "$FT_CHECKOV_REPORT"; fi
  py=$(command -v python3) || die "checkov: python3 is needed to read the report"
  if ! "$py" - "$report" <<'PY'; then
import json, sys
try:
    with open(sys.argv[1]) as handle:
        data = json.load(handle)
except ValueError:
    sys.exit("checkov produced no JSON report")
reports = data if isinstance(data, list) else [data]
bad = 0
for rep in reports:
    if rep.get("check_type") not in (None, "terraform"):
        continue
    s = rep["summary"]
    print(f"[terraform-check] checkov: passed={s['passed']} failed={s['failed']} skipped={s['skipped']} parsing_errors={s['parsing_errors']} resources={s['resource_count']}")
    for c in rep["results"].get("failed_checks", []):
        bad += 1
        print(f"  FAILED {c['check_id']} {c['check_name']}: {c['resource']} ({c['file_path']}:{c['file_line_range'][0]})")
    for path in rep["results"].get("parsing_errors", []):
        bad += 1
        print(f"  PARSING ERROR {path}")
    for c in rep["results"].get("skipped_checks", []):
        reason = (c.get("check_result") or {}).get("suppress_comment") or ""
        if not reason.strip() or reason.strip() == "No comment provided":
            bad += 1
            print(f"  SUPPRESSED WITHOUT REASON {c['check_id']}: {c['resource']} ({c['file_path']})")
if not any(r.get("check_type") in (None, "terraform") for r in reports):
    sys.exit("checkov report has no terraform results")
sys.exit(1 if bad else 0)
PY
    [[ -s $report.err ]] && sed 's/^/  checkov stderr: /' "$report.err" | tail -n 20 >&2
    rm -f "$report.err"
    die "checkov: failed checks, parsing errors or reasonless suppressions (listed above)"
  fi
  rm -f "$report.err"
}

for step in "${STEPS[@]}"; do "step_$step"; done
say "done: ${STEPS[*]}"
