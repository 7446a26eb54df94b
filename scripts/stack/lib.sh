# shellcheck shell=bash
# Shared by start.sh, stop.sh and watchdog.sh. Expects HERE to be set by the caller.
ROOT=$(cd "$HERE/../.." && pwd)
STATE=${FT_STACK_DIR:-$ROOT/.tools/stack}
RUN=$STATE/run
# shellcheck disable=SC2034 # used by the scripts that source this file
LOGS=$STATE/logs

# starttime PID: field 22 of /proc/PID/stat (clock ticks since boot). Together with the PID it
# names one process for good, so a recycled PID is never mistaken for ours.
starttime() {
  local stat f
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  read -r -a f <<<"$stat"
  [[ ${f[0]} != Z ]] || return 1
  echo "${f[19]}"
}

# alive PID STARTTIME
alive() {
  local now
  now=$(starttime "$1") && [[ $now == "$2" ]]
}

# lock_stack: serialise start/stop of one stack dir (concurrent Jest runs share it). Skipped
# when a caller up the chain already holds it.
lock_stack() {
  [[ -n ${FT_STACK_LOCKED:-} ]] && return
  mkdir -p "$STATE"
  exec 9>"$STATE/.lock"
  flock -w 300 9 || { echo "stack: another start/stop of $STATE has held its lock for 300s" >&2; exit 1; }
  export FT_STACK_LOCKED=1
}

# prune_owners: forget owners that have exited; exit 0 when a live owner (or a pin) remains.
still_owned() {
  local f pid start owned=1
  [[ -f $RUN/pinned ]] && return 0
  for f in "$RUN"/owners/*; do
    [[ -f $f ]] || continue
    pid=${f##*/}
    read -r start <"$f"
    if alive "$pid" "$start"; then owned=0; else rm -f "$f"; fi
  done
  return $owned
}

# add_owner PID: the stack stays up while PID lives (see watchdog.sh).
add_owner() {
  local start
  start=$(starttime "$1") || { echo "stack: --owner-pid $1 is not a running process" >&2; return 1; }
  mkdir -p "$RUN/owners"
  echo "$start" >"$RUN/owners/$1"
}
