//go:build tools

// Package tools pins the code generators the build runs (go generate), so
// go.mod keeps their versions and `go mod tidy` keeps their checksums.
package tools

import (
	_ "github.com/99designs/gqlgen"
)
