#!/usr/bin/env bash
# Fails with the input's and the variable's name when an IAM role ARN is missing or malformed,
# before aws-actions/configure-aws-credentials turns it into an opaque STS error. The value is
# echoed only escaped (lib.sh), so a newline in it cannot start a workflow command.
#
# usage: check-role.sh INPUT_NAME VARIABLE_NAME VALUE
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
input=$1 variable=$2 value=${3:-}
if [[ -z $value ]]; then
  ft_fail "$input" "$input is required: pass the $input input or set the $variable variable (repository or environment)"
fi
if ft_has_control "$value"; then
  ft_fail "$input" "$input is not an IAM role ARN: it contains a newline or another control character"
fi
if [[ ! $value =~ ^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$ ]]; then
  ft_fail "$input" "$input \"$value\" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)"
fi
