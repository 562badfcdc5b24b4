package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/server"
)

func parseLimits(t *testing.T, args ...string) (server.Limits, *limitFlags, error) {
	t.Helper()
	fs := pflag.NewFlagSet("serve", pflag.ContinueOnError)
	f := newLimitFlags(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	lim, err := f.load()
	return lim, f, err
}

func TestServeLimitsComeFromFlagsThenEnvThenDefaults(t *testing.T) {
	t.Setenv("EVENTGRAPH_MAX_DEPTH", "9")
	t.Setenv("EVENTGRAPH_REQUEST_TIMEOUT", "4s")
	t.Setenv("EVENTGRAPH_NO_INTROSPECTION", "true")
	lim, f, err := parseLimits(t, "--max-depth", "12", "--rate", "500", "--max-body", "1024")
	if err != nil {
		t.Fatal(err)
	}
	if lim.MaxDepth != 12 || lim.RequestTimeout != 4*time.Second || lim.RateCostPerSecond != 500 || lim.MaxBodyBytes != 1024 ||
		!f.noIntrospection || lim.MaxCost != server.DefaultLimits().MaxCost {
		t.Errorf("limits %+v, introspection off %v", lim, f.noIntrospection)
	}
}

func TestServeRefusesBadLimits(t *testing.T) {
	t.Run("a malformed env value", func(t *testing.T) {
		t.Setenv("EVENTGRAPH_MAX_COST", "lots")
		_, _, err := parseLimits(t)
		if domain.CodeOf(err) != domain.EInvalid || !strings.Contains(err.Error(), "EVENTGRAPH_MAX_COST") {
			t.Errorf("%v", err)
		}
	})
	t.Run("persisted-only without documents", func(t *testing.T) {
		_, _, err := parseLimits(t, "--persisted-only")
		if domain.CodeOf(err) != domain.EInvalid {
			t.Errorf("%v", err)
		}
	})
	t.Run("a persisted-queries file that is not JSON", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "q.json")
		os.WriteFile(file, []byte("query { x }"), 0o644)
		_, _, err := parseLimits(t, "--persisted-queries", file)
		if domain.CodeOf(err) != domain.EInvalid {
			t.Errorf("%v", err)
		}
	})
}
