#!/usr/bin/env bash
# Exit 0 when the stack described by $FT_STACK_DIR/stack.env (default .tools/stack) answers:
# registries, kube-apiserver /readyz and moto. Prints what is down otherwise.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STATE=${FT_STACK_DIR:-$ROOT/.tools/stack}
ENV_FILE=$STATE/stack.env
[[ -f $ENV_FILE ]] || { echo "stack: not running (no $ENV_FILE)" >&2; exit 1; }
# shellcheck source=/dev/null
source "$ENV_FILE"
down=()
code() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$@" || true; }
[[ $(code "http://$FT_REGISTRY/v2/") == 401 ]] || down+=("registry $FT_REGISTRY")
[[ $(code "http://$FT_REGISTRY_NOAUTH/v2/") == 200 ]] || down+=("registry-noauth $FT_REGISTRY_NOAUTH")
[[ $(code "$FT_MOTO_ENDPOINT/moto-api/") == 200 ]] || down+=("moto $FT_MOTO_ENDPOINT")
PKI=$STATE/pki
[[ $(code --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" "$FT_KUBE_SERVER/readyz") == 200 ]] ||
  down+=("kube-apiserver $FT_KUBE_SERVER")
if ((${#down[@]})); then
  printf 'stack: not answering: %s\n' "${down[@]}" >&2
  exit 1
fi
echo "stack: up ($ENV_FILE)"
