#!/usr/bin/env bash
# Fallback for split registries (docs/promote.md): copy an image or chart that was built and
# tested once into another registry BY DIGEST, so the target still runs exactly those bytes.
# skopeo copies every manifest of an index (--all) and keeps the manifests byte for byte
# (--preserve-digests); then the copy's manifest is read back and its sha256 compared with the
# source digest, and a mismatch is refused. Credentials come from a containers auth file, never
# from argv: AUTH_FILE (e.g. written by build-push-ecr's private auth file helper or `skopeo login
# --authfile`), or one this script writes (0600, under RUNNER_TEMP, removed when it exits) from
# SOURCE_USERNAME/SOURCE_PASSWORD and DESTINATION_USERNAME/DESTINATION_PASSWORD; an ECR registry
# there is served by the Amazon ECR credential helper (docker-credential-ecr-login, credHelpers)
# with the job's AWS credentials (OIDC).
#
# env: SOURCE (<registry>/<repository>@sha256:<hex>), DESTINATION (<registry>/<repository>),
#      DESTINATION_TAG (optional; default promoted-<first 12 hex digits>),
#      AUTH_FILE (optional), SOURCE_USERNAME / SOURCE_PASSWORD, DESTINATION_USERNAME /
#      DESTINATION_PASSWORD (optional), SOURCE_TLS_VERIFY / DESTINATION_TLS_VERIFY (true|false,
#      default true)
# GITHUB_OUTPUT: image (<destination>@sha256:<same hex>), digest
#
# Hand-written around skopeo (a maintained copier); only the argument checks and the read-back
# are ours.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for input in SOURCE:source DESTINATION:destination DESTINATION_TAG:destination-tag AUTH_FILE:auth-file \
  SOURCE_USERNAME:source-username DESTINATION_USERNAME:destination-username; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done
host=$FT_OCI_HOST path=$FT_OCI_PATH
source_ref=${SOURCE:-} destination=${DESTINATION:-}
[[ $source_ref =~ ^$host/$path@sha256:[a-f0-9]{64}$ ]] ||
  ft_fail source "source \"$source_ref\" is not <registry>/<repository>@sha256:<64 hex digits>: only a digest says which bytes were tested"
[[ $destination =~ ^$host/$path$ ]] ||
  ft_fail destination "destination \"$destination\" is not <registry>/<repository> (no tag, no digest)"
digest=${source_ref##*@}
tag=${DESTINATION_TAG:-promoted-${digest:7:12}}
[[ $tag =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || ft_fail destination-tag "destination-tag \"$tag\" is not a valid tag"
src_tls=${SOURCE_TLS_VERIFY:-true} dst_tls=${DESTINATION_TLS_VERIFY:-true}
[[ $src_tls == true || $src_tls == false ]] || ft_fail source-tls-verify "source-tls-verify must be true or false"
[[ $dst_tls == true || $dst_tls == false ]] || ft_fail destination-tls-verify "destination-tls-verify must be true or false"
auth=()
if [[ -n ${AUTH_FILE:-} ]]; then
  [[ -f $AUTH_FILE ]] || ft_fail auth-file "auth-file \"$AUTH_FILE\" does not exist"
  auth=(--authfile "$AUTH_FILE")
else
  # One entry per registry: user:password (base64, as containers-auth.json keeps it) or, for
  # ECR, the credential helper. The password goes through a pipe from a builtin, never argv.
  entries=() helpers=()
  for side in SOURCE DESTINATION; do
    ref=${side}
    registry=${!ref%%/*}
    user_var=${side}_USERNAME password_var=${side}_PASSWORD
    if [[ $registry =~ ^[0-9]{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$ ]]; then
      command -v docker-credential-ecr-login >/dev/null ||
        ft_fail "${side,,}" "${side,,} $registry is ECR: copying needs the Amazon ECR credential helper (docker-credential-ecr-login, apt-get install amazon-ecr-credential-helper) on the runner, with the job's AWS credentials"
      helpers+=("\"$registry\":\"ecr-login\"")
    elif [[ -n ${!user_var:-} ]]; then
      entries+=("\"$registry\":{\"auth\":\"$(printf '%s:%s' "${!user_var}" "${!password_var:-}" | base64 -w0)\"}")
    fi
  done
  if ((${#entries[@]} + ${#helpers[@]})); then
    auth_dir=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/flygtaxi-copy-auth.XXXXXX")
    trap 'rm -rf "$auth_dir"' EXIT
    (
      umask 077
      IFS=,
      printf '{"auths":{%s},"credHelpers":{%s}}\n' "${entries[*]}" "${helpers[*]}" >"$auth_dir/auth.json"
    )
    auth=(--authfile "$auth_dir/auth.json")
  fi
fi
command -v skopeo >/dev/null || ft_fail skopeo "skopeo is not on PATH (GitHub's ubuntu runners have it; apt-get install skopeo)"

ft_log "copying $source_ref to $destination:$tag by digest"
if ! out=$(skopeo copy "${auth[@]}" --all --preserve-digests --retry-times 2 \
  --src-tls-verify="$src_tls" --dest-tls-verify="$dst_tls" \
  "docker://$source_ref" "docker://$destination:$tag" 2>&1); then
  ft_log "$out"
  ft_fail copy "copying $source_ref to $destination failed (see the log above); nothing was promoted"
fi
# Read the copy back by the source digest: the registry must serve exactly that manifest (hashed
# from a file: a command substitution would drop trailing newlines).
manifest=$(mktemp)
trap 'rm -f "$manifest"; [[ -z ${auth_dir:-} ]] || rm -rf "$auth_dir"' EXIT
if ! skopeo inspect "${auth[@]}" --raw --tls-verify="$dst_tls" "docker://$destination@$digest" >"$manifest" 2>&1; then
  ft_log "$(head -c 2000 "$manifest")"
  ft_fail copy "$destination has no manifest $digest after the copy; refusing to promote"
fi
actual="sha256:$(sha256sum <"$manifest" | cut -d' ' -f1)"
[[ $actual == "$digest" ]] ||
  ft_fail copy "the copy in $destination has digest $actual, not $digest; refusing to promote"
ft_output image "$destination@$digest"
ft_output digest "$digest"
ft_log "copied: $destination@$digest (digest preserved and verified)"
