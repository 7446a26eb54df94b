#!/usr/bin/env bash
# Chart job of .github/workflows/deploy.yml: resolves the values file and the timeouts before
# anything is built, so a typo fails in seconds with the input's name, not after a 10-minute build.
#
# env: CHART, ENVIRONMENT, VALUES_FILE (optional), TIMEOUT (duration, see ft_duration in lib.sh)
# GITHUB_OUTPUT: values-file, helm-timeout (seconds, "300s"), deploy-timeout-minutes
#
# Every value reaches the log only through lib.sh (escaped, one line) and GITHUB_OUTPUT only as a
# random-delimiter block, and a value with a control character is refused by name: nothing an
# input holds can start a workflow command or add an output.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for input in CHART:chart ENVIRONMENT:environment VALUES_FILE:values-file TIMEOUT:timeout; do
  var=${input%%:*} name=${input#*:}
  if ft_has_control "${!var:-}"; then
    ft_fail "$name" "$name must be one line of text: it contains a newline or another control character"
  fi
done

[[ -n ${CHART:-} ]] || ft_fail chart "chart is required: the chart directory, relative to the repository root"
[[ -f $CHART/Chart.yaml ]] || ft_fail chart "chart \"$CHART\" is not a chart directory (no $CHART/Chart.yaml in the checked-out ref)"
[[ ${ENVIRONMENT:-} =~ ^[A-Za-z0-9._-]+$ ]] ||
  ft_fail environment "environment \"${ENVIRONMENT:-}\" is not valid: letters, digits, '.', '_' and '-' only"

values=${VALUES_FILE:-$CHART/values-$ENVIRONMENT.yaml}
if [[ ! -f $values ]]; then
  if [[ -n ${VALUES_FILE:-} ]]; then
    ft_fail values-file "values-file \"$values\" does not exist in the checked-out ref"
  fi
  ft_fail values-file "no values file for environment \"$ENVIRONMENT\": expected $values (or pass values-file)"
fi

# The deploy job may run the upgrade and then a rollback, each up to the Helm timeout, plus
# set-up (checkout, credentials, helm) and failure diagnostics: 2 x timeout + 10 minutes. GitHub
# stops any job after 5 days (7200 minutes, self-hosted runners), so the timeout is bounded by that.
max_job_minutes=7200
max_seconds=$(((max_job_minutes - 10) * 60 / 2))
duration=${TIMEOUT:-5m}
rc=0
seconds=$(ft_duration "$duration") || rc=$?
case $rc in
  0) ;;
  2) ft_fail timeout "timeout \"$duration\" is longer than helm accepts" ;;
  *) ft_fail timeout "timeout \"$duration\" is not a duration: use e.g. 300s, 5m or 1h30m" ;;
esac
((seconds >= 1)) || ft_fail timeout "timeout \"$duration\" must be at least 1s"
((seconds <= max_seconds)) ||
  ft_fail timeout "timeout \"$duration\" is too long: the deploy job runs up to 2 x timeout + 10 minutes and GitHub stops a job after $max_job_minutes minutes, so at most ${max_seconds}s ($((max_seconds / 3600))h$((max_seconds % 3600 / 60))m)"
minutes=$(((2 * seconds + 59) / 60 + 10))

ft_output values-file "$values"
ft_output helm-timeout "${seconds}s"
ft_output deploy-timeout-minutes "$minutes"
ft_log "values file: $values; helm timeout: ${seconds}s; deploy job timeout: ${minutes} minutes"
