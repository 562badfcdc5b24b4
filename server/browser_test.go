package server_test

import (
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/internal/testserver"
	"github.com/eventgraph/eventgraph/store"
)

// browserServer serves the real server over s for a browser check
// (web/e2e): anonymous reads, one writer whose key is writerKey, and the
// rules extractor for ingestArticle. It first makes sure Chromium and
// playwright-core are there (scripts/ensure-browser).
func browserServer(t *testing.T, s *store.Store, writerKey string) *httptest.Server {
	t.Helper()
	if out, err := exec.Command("bash", filepath.Join(neo4jtest.RepoRoot(), "scripts", "ensure-browser")).CombinedOutput(); err != nil {
		t.Fatalf("scripts/ensure-browser: %v\n%s", err, out)
	}
	return testserver.Keyed(t, s, "browser writer "+writerKey)
}
