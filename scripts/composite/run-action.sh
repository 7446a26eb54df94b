#!/usr/bin/env bash
# Runs one of our JavaScript actions from a composite step the way the runner runs a JS action:
# `node <main>` with the step's INPUT_* variables, then, when action.yml declares a `post` entry and
# main saved state, `node <post>` with that state passed back as STATE_* variables (post-if:
# always(): also after main failed). The exit status is main's; a failing post only warns.
#
# Why: inside a composite, `uses: ./actions/<name>` would resolve against the caller's workspace,
# so the composites run the bundles themselves (docs/usage.md), and this keeps their post steps.
#
# Cancel: the runner signals this script (the step's process), SIGINT, then SIGTERM 7.5 s later,
# then SIGKILL 2.5 s after that. A shell waiting for a child would sit on SIGINT until the child
# ends and die alone on SIGTERM, leaving node and helm running until the kill. So node runs in the
# background and both signals are passed on to it, as the runner does for a JS action: the
# action's own handling runs (helm is stopped, the release is left recoverable), then the post
# entry runs as after any other main.
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

child=''
forward() {
  if [[ -n $child ]]; then kill -s "$1" "$child" 2>/dev/null || true; fi
}
trap 'forward INT' INT
trap 'forward TERM' TERM

# run_node ARGS...: node in the background with the signals passed on; returns node's status.
run_node() {
  "$@" &
  child=$!
  local status again
  while :; do
    wait "$child"
    status=$?
    # A trapped signal interrupts wait (status > 128) while node is still running: wait again.
    if ((status > 128)); then
      if kill -0 "$child" 2>/dev/null; then continue; fi
      wait "$child" 2>/dev/null
      again=$?
      ((again == 127)) || status=$again
    fi
    break
  done
  child=''
  return "$status"
}

run_node env GITHUB_STATE="$state" "$node" "$dir/$main"
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
  if ! run_node env "${post_env[@]}" "$node" "$dir/$post"; then
    echo "::warning::the post step of $(basename "$dir") failed"
  fi
fi
exit "$code"
