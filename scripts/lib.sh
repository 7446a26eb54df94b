# Shared shell helpers for the project's scripts (sourced, not executed).
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
# .tools/bin first: Node 24, helm, buildah wrappers, kube binaries (a contract other scripts rely on).
export PATH="$ROOT/.tools/bin:$ROOT/node_modules/.bin:$PATH"

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the npm dependencies exactly as locked, only when the lock file changed since last time.
ensure_node_modules() {
  local stamp="$ROOT/node_modules/.flygtaxi-lock.sha256" want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  log "npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
}
