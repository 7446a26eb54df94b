#!/usr/bin/env bash
# Runs one of our JavaScript actions from a composite step the way the runner runs a JS action:
# `node <main>` with the step's INPUT_* variables, then, when action.yml declares a `post` entry and
# main saved state, `node <post>` with that state passed back as STATE_* variables (post-if:
# always(): also after main failed). The exit status is main's; a failing post only warns.
#
# Why: inside a composite, `uses: ./actions/<name>` would resolve against the caller's workspace,
# so the composites run the bundles themselves (docs/usage.md), and this keeps their post steps.
#
# usage: run-action.sh ACTION_DIR      env: FT_NODE (node binary; default `node` from PATH)
set -uo pipefail
set +e # main's status is collected, not fatal: post must still run (bash -e callers included)

dir=${1:?usage: run-action.sh ACTION_DIR}
node=${FT_NODE:-node}
meta=$dir/action.yml
if [[ ! -f $meta ]]; then
  echo "::error::$meta does not exist"
  exit 1
fi
# runs.main / runs.post, e.g. `  main: ../../dist/build-push-ecr/index.js`
entry() { sed -nE "s/^[[:space:]]+$1:[[:space:]]*['\"]?([^'\"#[:space:]]+).*/\1/p" "$meta" | head -n 1; }
main=$(entry main)
post=$(entry post)

state=$(mktemp "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/flygtaxi-state.XXXXXX")
trap 'rm -f "$state"' EXIT

GITHUB_STATE=$state "$node" "$dir/$main"
code=$?

# Nothing saved means main stopped before it did anything a post step would undo.
if [[ -n $post && -s $state ]]; then
  post_env=()
  while IFS= read -r line; do
    if [[ $line =~ ^([^=]+)\<\<(.+)$ ]]; then
      key=${BASH_REMATCH[1]} delim=${BASH_REMATCH[2]} value='' sep=''
      while IFS= read -r l && [[ $l != "$delim" ]]; do
        value+=$sep$l
        sep=$'\n'
      done
      post_env+=("STATE_$key=$value")
    elif [[ $line == *=* ]]; then
      post_env+=("STATE_${line%%=*}=${line#*=}")
    fi
  done <"$state"
  if ! env "${post_env[@]}" "$node" "$dir/$post"; then
    echo "::warning::the post step of $(basename "$dir") failed"
  fi
fi
exit "$code"
