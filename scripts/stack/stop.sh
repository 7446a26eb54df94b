#!/usr/bin/env bash
# Stops the processes that scripts/stack/start.sh recorded in $FT_STACK_DIR/run/ (default
# .tools/stack/run/): SIGTERM in reverse start order, SIGKILL after 10 s. Only recorded PIDs
# whose start time still matches are signalled, never anything found by name.
#
# Usage: scripts/stack/stop.sh [--owner-pid PID | --if-unowned]
#   (no option)      stop now.
#   --owner-pid PID  PID no longer needs the stack; stop it only if no other owner remains
#                    and it was not started by hand (Jest's globalTeardown uses this).
#   --if-unowned     stop only if no owner remains (the watchdog uses this).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$HERE/lib.sh"

MODE=now
case ${1:-} in
  "") ;;
  --owner-pid) MODE=owner; OWNER=${2:?--owner-pid needs a process id} ;;
  --if-unowned) MODE=unowned ;;
  -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
  *) echo "stack: unknown argument '$1' (try --help)" >&2; exit 2 ;;
esac

[[ -d $RUN ]] || { echo "stack: nothing to stop (no $RUN)" >&2; exit 0; }
lock_stack
[[ -d $RUN ]] || exit 0
if [[ $MODE == owner ]]; then rm -f "$RUN/owners/$OWNER"; fi
if [[ $MODE != now ]] && still_owned; then
  echo "stack: left running (started by hand, or still used by another test run)" >&2
  exit 0
fi

names=()
[[ -f $RUN/order ]] && mapfile -t names < <(tac "$RUN/order")

# stop_group NAME...: SIGTERM to each recorded, still-running process, SIGKILL after 10 s.
stop_group() {
  local n pid start
  local -A pids=()
  for n in "$@"; do
    # The watchdog runs this script itself when it decides to stop the stack.
    [[ $n == watchdog && -n ${FT_STACK_FROM_WATCHDOG:-} ]] && continue
    [[ -f $RUN/$n.pid ]] || continue
    read -r pid start <"$RUN/$n.pid"
    if alive "$pid" "$start"; then
      kill -TERM "$pid" 2>/dev/null || true
      pids[$n]="$pid $start"
    fi
  done
  local deadline=$((SECONDS + 10))
  while ((${#pids[@]})); do
    for n in "${!pids[@]}"; do
      read -r pid start <<<"${pids[$n]}"
      alive "$pid" "$start" || unset "pids[$n]"
    done
    ((${#pids[@]})) || break
    if ((SECONDS >= deadline)); then
      for n in "${!pids[@]}"; do
        read -r pid start <<<"${pids[$n]}"
        echo "stack: $n (pid $pid) ignored SIGTERM for 10s; sending SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
      done
      sleep 0.2
      break
    fi
    sleep 0.1
  done
}

# Clients of the apiserver first, then the apiserver while etcd still answers (it shuts down
# slowly without its store), then etcd.
clients=()
for n in "${names[@]}"; do
  [[ $n == kube-apiserver || $n == etcd ]] || clients+=("$n")
done
stop_group "${clients[@]}"
stop_group kube-apiserver
stop_group etcd

rm -rf "$RUN" "$STATE/stack.env"
echo "stack: stopped ${#names[@]} processes" >&2
