# shellcheck shell=bash
# Shared by the reusable workflow's scripts (scripts/workflow/*.sh): the only ways they talk to
# the runner, so that no value (an input, a file name from an artifact, a git tag) can start a
# workflow command or add a job output.
#
# - Workflow commands (`::error ...::`) escape their data and properties the way the runner
#   unescapes them (actions/toolkit's command.ts): `%` `\r` `\n` in both, and `:` `,` in
#   properties. A value with a newline therefore stays inside its own command; `::` inside the
#   data is plain text.
# - Plain log lines go through ft_log: one line whatever the value holds, never starting with `::`
#   or `##[` (the runner's two command syntaxes).
# - GITHUB_OUTPUT / GITHUB_ENV get `name<<delimiter` blocks with a fresh random delimiter
#   (@actions/core does the same), refused when the value contains it.
# - ft_duration: the one duration grammar of the actions (src/lib/inputs.ts parseDuration), read
#   in base 10 and bounded, in bash because these scripts run before any node is set up.
#
# Hand-written: there is no packaged bash library for the runner's command protocol.

ft_escape_data() {
  local s=${1//%/%25}
  s=${s//$'\r'/%0D}
  s=${s//$'\n'/%0A}
  printf '%s' "$s"
}

ft_escape_property() {
  local s
  s=$(ft_escape_data "$1")
  s=${s//:/%3A}
  s=${s//,/%2C}
  printf '%s' "$s"
}

# ft_command NAME TITLE MESSAGE: `::NAME title=TITLE::MESSAGE`, both escaped.
ft_command() {
  printf '::%s title=%s::%s\n' "$1" "$(ft_escape_property "$2")" "$(ft_escape_data "$3")"
}
ft_error() { ft_command error "$1" "$2"; }
ft_notice() { ft_command notice "$1" "$2"; }

# ft_fail TITLE MESSAGE: an error annotation, then exit 1.
ft_fail() {
  ft_error "$1" "$2"
  exit 1
}

# ft_log TEXT...: one plain log line.
ft_log() {
  local s
  s=$(ft_escape_data "$*")
  if [[ $s =~ ^[[:space:]]*(::|##\[) ]]; then s="> $s"; fi
  printf '%s\n' "$s"
}

# ft_has_control VALUE: true when VALUE holds a control character (newline, CR, tab, ESC, ...).
ft_has_control() {
  local LC_ALL=C
  [[ $1 == *[[:cntrl:]]* ]]
}

_ft_file_command() {
  local file=$1 name=$2 value=$3 delimiter
  if [[ ! $name =~ ^[A-Za-z_][A-Za-z0-9_-]*$ ]]; then
    ft_error "workflow script" "refusing to write \"$name\": not a valid output or variable name"
    return 1
  fi
  delimiter="ghadelimiter_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  if [[ $value == *"$delimiter"* ]]; then
    ft_error "workflow script" "the value of $name contains its own delimiter; not written"
    return 1
  fi
  printf '%s<<%s\n%s\n%s\n' "$name" "$delimiter" "$value" "$delimiter" >>"$file"
}

# ft_output NAME VALUE / ft_env NAME VALUE
ft_output() { _ft_file_command "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}" "$1" "$2"; }
ft_env() { _ft_file_command "${GITHUB_ENV:?GITHUB_ENV is not set}" "$1" "$2"; }

# The OCI distribution grammar of a reference: host[:port], lower-case path components, a digest.
# shellcheck disable=SC2034 # used by the scripts that source this file
FT_OCI_HOST='[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?'
# shellcheck disable=SC2034
FT_OCI_PATH='[a-z0-9]+([._-][a-z0-9]+)*(/[a-z0-9]+([._-][a-z0-9]+)*)*'
# shellcheck disable=SC2034
FT_OCI_DIGEST='sha256:[a-f0-9]{64}'

# The longest duration helm accepts (Go's time.Duration: int64 nanoseconds), as in src/lib/inputs.ts.
FT_DURATION_MAX_SECONDS=9223372036

# ft_duration TEXT: prints whole seconds (rounded as src/lib formatDuration does; 0 for anything
# under one second) and returns 0; returns 1 (not a duration) or 2 (longer than helm accepts) and
# prints nothing otherwise.
# Grammar: whole seconds (`300`, `08` is 8 s), or Go durations (`90s`, `5m`, `1h30m`, `1.5h`;
# units ns us µs ms s m h). Arithmetic in nanoseconds with a bound check before every step,
# so nothing overflows or is read as octal.
ft_duration() {
  local LC_ALL=C t=$1 max_ns=$((FT_DURATION_MAX_SECONDS * 1000000000))
  t=${t#"${t%%[![:space:]]*}"}
  t=${t%"${t##*[![:space:]]}"}
  if [[ $t =~ ^[0-9]{1,20}$ ]]; then
    local digits=${t#"${t%%[!0]*}"}
    digits=${digits:-0}
    if ((${#digits} > ${#FT_DURATION_MAX_SECONDS})) ||
      { ((${#digits} == ${#FT_DURATION_MAX_SECONDS})) && [[ $digits > $FT_DURATION_MAX_SECONDS ]]; }; then
      return 2
    fi
    printf '%s' "$((10#$digits))"
    return 0
  fi
  [[ $t =~ ^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$ ]] || return 1
  local rest=$t ns=0 int frac unit per q r f
  while [[ -n $rest ]]; do
    # The unit must be followed by a digit or the end, so `5ms` is 5 ms, never 5 m + `s`.
    [[ $rest =~ ^([0-9]+)(\.([0-9]+))?(ns|us|µs|ms|s|m|h)(([0-9].*)?)$ ]] || return 1
    int=${BASH_REMATCH[1]} frac=${BASH_REMATCH[3]} unit=${BASH_REMATCH[4]} rest=${BASH_REMATCH[5]}
    case $unit in
      ns) per=1 ;;
      us | µs) per=1000 ;;
      ms) per=1000000 ;;
      s) per=1000000000 ;;
      m) per=60000000000 ;;
      h) per=3600000000000 ;;
    esac
    int=${int#"${int%%[!0]*}"}
    int=${int:-0}
    ((${#int} <= 19)) || return 2
    ((10#$int <= (max_ns - ns) / per)) || return 2
    ns=$((ns + 10#$int * per))
    if [[ -n $frac ]]; then
      # Nine digits of the fraction are enough for nanoseconds; split `per` so nothing overflows.
      f=${frac:0:9}
      while ((${#f} < 9)); do f+=0; done
      q=$((per / 1000000000)) r=$((per % 1000000000))
      ns=$((ns + 10#$f * q + 10#$f * r / 1000000000))
      ((ns <= max_ns)) || return 2
    fi
  done
  if ((ns < 1000000000)); then
    printf 0
  else
    printf '%s' "$(((ns + 500000000) / 1000000000))"
  fi
}
