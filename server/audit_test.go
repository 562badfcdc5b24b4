package server

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// TestGraphQLHTTPAudit runs the graphql-http package's server audits (the
// GraphQL-over-HTTP spec's conformance suite; audit/audit.mjs) against the
// real server over the real Neo4j, and fails on any audit not passed,
// recommendations (SHOULD, MAY) included. It needs node and npm, and installs
// audit/node_modules from the committed package-lock.json when missing.
func TestGraphQLHTTPAudit(t *testing.T) {
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the audit needs %s on PATH: %v", tool, err)
		}
	}
	dir, err := filepath.Abs("audit")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "graphql-http")); err != nil {
		npm := exec.CommandContext(ctx, "npm", "ci", "--no-audit", "--no-fund")
		npm.Dir = dir
		if out, err := npm.CombinedOutput(); err != nil {
			t.Fatalf("npm ci in %s: %v\n%s", dir, err, out)
		}
	}

	srv, _ := startServer(t, neo4jtest.Store(t))
	audit := exec.CommandContext(ctx, "node", "audit.mjs", srv.URL+"/query")
	audit.Dir = dir
	out, runErr := audit.CombinedOutput()
	t.Logf("node audit.mjs %s/query:\n%s", srv.URL, out)

	var failed []string
	for line := range strings.SplitSeq(string(out), "\n") {
		if strings.HasPrefix(line, "FAIL") {
			failed = append(failed, line)
		}
	}
	if len(failed) > 0 {
		t.Errorf("%d audits failed:\n%s", len(failed), strings.Join(failed, "\n"))
	}
	m := regexp.MustCompile(`(?m)^passed (\d+)/(\d+)$`).FindStringSubmatch(string(out))
	switch {
	case m == nil:
		t.Errorf("the audit printed no summary: %v", runErr)
	case m[1] != m[2] || m[2] == "0":
		t.Errorf("passed %s of %s audits", m[1], m[2])
	case runErr != nil:
		t.Errorf("the audit exited with %v", runErr)
	}
}
