#!/usr/bin/env bash
# Chart job of .github/workflows/deploy.yml: resolves the values file and the timeouts before
# anything is built, so a typo fails in seconds with the input's name, not after a 10-minute build.
#
# env: CHART, ENVIRONMENT, VALUES_FILE (optional), TIMEOUT (Helm/Go duration)
# GITHUB_OUTPUT: values-file, helm-timeout (seconds, "300s"), deploy-timeout-minutes
set -euo pipefail

fail() {
  echo "::error title=$1::$2"
  exit 1
}

[[ -n ${CHART:-} ]] || fail chart "chart is required: the chart directory, relative to the repository root"
[[ -f $CHART/Chart.yaml ]] || fail chart "chart \"$CHART\" is not a chart directory (no $CHART/Chart.yaml in the checked-out ref)"
[[ ${ENVIRONMENT:-} =~ ^[A-Za-z0-9._-]+$ ]] ||
  fail environment "environment \"${ENVIRONMENT:-}\" is not valid: letters, digits, '.', '_' and '-' only"

values=${VALUES_FILE:-$CHART/values-$ENVIRONMENT.yaml}
if [[ ! -f $values ]]; then
  if [[ -n ${VALUES_FILE:-} ]]; then
    fail values-file "values-file \"$values\" does not exist in the checked-out ref"
  fi
  fail values-file "no values file for environment \"$ENVIRONMENT\": expected $values (or pass values-file)"
fi

# Go duration as Helm takes it: 300, 90s, 5m, 1h30m, 2m30s.
duration=${TIMEOUT:-5m}
seconds=0
if [[ $duration =~ ^[0-9]+$ ]]; then
  seconds=$duration
elif [[ $duration =~ ^([0-9]+h)?([0-9]+m)?([0-9]+s)?$ && -n $duration ]]; then
  rest=$duration
  while [[ $rest =~ ^([0-9]+)([hms])(.*)$ ]]; do
    n=$((10#${BASH_REMATCH[1]}))
    case ${BASH_REMATCH[2]} in
      h) seconds=$((seconds + n * 3600)) ;;
      m) seconds=$((seconds + n * 60)) ;;
      s) seconds=$((seconds + n)) ;;
    esac
    rest=${BASH_REMATCH[3]}
  done
else
  fail timeout "timeout \"$duration\" is not a duration: use e.g. 300s, 5m or 1h30m"
fi
((seconds > 0)) || fail timeout "timeout \"$duration\" must be longer than zero"

# The deploy job may run the upgrade and then a rollback, each up to the Helm timeout, plus
# set-up (checkout, credentials, helm) and failure diagnostics: 2 x timeout + 10 minutes.
minutes=$(((2 * seconds + 59) / 60 + 10))

{
  echo "values-file=$values"
  echo "helm-timeout=${seconds}s"
  echo "deploy-timeout-minutes=$minutes"
} >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
echo "values file: $values; helm timeout: ${seconds}s; deploy job timeout: ${minutes} minutes"
