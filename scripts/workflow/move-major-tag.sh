#!/usr/bin/env bash
# release.yml: point the major tag vN at the commit of the release tag vN.X.Y.
#
# env: TAG (release tag), PRERELEASE (true|false), REPO (owner/name), GH_TOKEN
# Run from a full clone (fetch-depth: 0) so every vN.* tag is known.
#
# The move is one ref update through the GitHub API (PATCH .../git/refs/tags/vN, force), so the
# major tag never disappears in between, unlike `git push --delete` followed by a push. A missing
# major tag is created. Only the highest vN.*.* release moves vN: publishing a fix for an older
# minor never moves the tag backwards.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

if [[ ${PRERELEASE:-false} == true ]]; then
  ft_log "$TAG is a pre-release; the major tag stays where it is."
  exit 0
fi
if [[ ! $TAG =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  ft_fail "release tag" "\"$TAG\" is not a release tag vMAJOR.MINOR.PATCH; the major tag was not moved"
fi
major="v${BASH_REMATCH[1]}"

highest=$(git tag --list "$major.*.*" | grep -E "^$major\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)
if [[ $highest != "$TAG" ]]; then
  ft_notice "major tag" "$TAG is not the highest $major release ($highest); $major stays at $highest"
  exit 0
fi

sha=$(git rev-parse "$TAG^{commit}")
current=$(git rev-parse -q --verify "refs/tags/$major^{commit}" || true)
if [[ $current == "$sha" ]]; then
  ft_log "$major already points at $sha ($TAG)"
  exit 0
fi

if [[ -n $current ]]; then
  gh api --method PATCH "repos/$REPO/git/refs/tags/$major" -f sha="$sha" -F force=true >/dev/null
else
  gh api --method POST "repos/$REPO/git/refs" -f ref="refs/tags/$major" -f sha="$sha" >/dev/null
fi
ft_notice "major tag" "$major -> $TAG ($sha)"
