//go:build tools

// Package tools pins the Argo Rollouts controller command that scripts/bootstrap.sh builds from
// this module, so that `go mod tidy` keeps its dependencies in go.sum.
package tools

import (
	_ "github.com/argoproj/argo-rollouts/cmd/rollouts-controller"
)
