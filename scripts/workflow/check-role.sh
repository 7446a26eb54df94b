#!/usr/bin/env bash
# Fails with the input's and the variable's name when an IAM role ARN is missing or malformed,
# before aws-actions/configure-aws-credentials turns it into an opaque STS error.
#
# usage: check-role.sh INPUT_NAME VARIABLE_NAME VALUE
set -euo pipefail
input=$1 variable=$2 value=${3:-}
if [[ -z $value ]]; then
  echo "::error title=$input::$input is required: pass the $input input or set the $variable variable (repository or environment)"
  exit 1
fi
if [[ ! $value =~ ^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$ ]]; then
  echo "::error title=$input::$input \"$value\" is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)"
  exit 1
fi
