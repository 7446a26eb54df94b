#!/usr/bin/env bash
# stand-in for actions/checkout: fetch from a local repository, check out the ref, detached.
set -euo pipefail
repo=${STANDIN_REPOSITORY:-$GITHUB_REPOSITORY}
src=''
while IFS='=' read -r name path; do
  if [[ $name == "$repo" ]]; then src=$path; fi
done <<<"${FT_STANDIN_REPOS:-}"
if [[ -z $src ]]; then
  echo "::error title=stand-in checkout::no local repository for $repo in FT_STANDIN_REPOS"
  exit 1
fi
dest=$GITHUB_WORKSPACE${STANDIN_PATH:+/$STANDIN_PATH}
ref=${STANDIN_REF:-$GITHUB_SHA}
mkdir -p "$dest"
cd "$dest"
git init -q .
git fetch -q --tags "$src" '+refs/heads/*:refs/remotes/origin/*'
commit=''
for candidate in "refs/remotes/origin/$ref" "refs/tags/$ref" "$ref"; do
  if commit=$(git rev-parse -q --verify "$candidate^{commit}"); then break; fi
done
if [[ -z $commit ]]; then
  echo "::error title=stand-in checkout::$repo has no ref $ref"
  exit 1
fi
if [[ -n ${STANDIN_SPARSE:-} ]]; then
  mapfile -t patterns <<<"$STANDIN_SPARSE"
  git sparse-checkout set --cone "${patterns[@]}"
fi
git checkout -q -f --detach "$commit"
echo "stand-in checkout: $repo $ref -> $commit in ${STANDIN_PATH:-.}"
