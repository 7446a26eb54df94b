#!/usr/bin/env bash
# Stops the stack once every process that owns it (Jest runs, see start.sh --owner-pid) has
# exited for any reason, including a crash or Ctrl-C that skips Jest's globalTeardown.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$HERE/lib.sh"
while [[ -d $RUN ]]; do
  if ! still_owned; then
    echo "$(date +%T) no owner left; stopping the stack" >&2
    FT_STACK_FROM_WATCHDOG=1 "$HERE/stop.sh" --if-unowned
  fi
  sleep 1
done
