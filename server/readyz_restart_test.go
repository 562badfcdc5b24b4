package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
)

// TestReadyzFollowsNeo4jThroughARestart runs a Neo4j of its own (another
// port and home, sharing the downloaded jars) so that stopping it does not
// disturb other tests: /readyz must say 503 while it is down and 200 again
// once it is back, with the same server and store throughout.
func TestReadyzFollowsNeo4jThroughARestart(t *testing.T) {
	root := neo4jtest.RepoRoot()
	if out, err := exec.Command("bash", filepath.Join(root, "scripts", "neo4j"), "fetch").CombinedOutput(); err != nil {
		t.Fatalf("scripts/neo4j fetch: %v\n%s", err, out)
	}
	home := t.TempDir()
	if err := os.Symlink(filepath.Join(root, ".neo4j", "lib"), filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	neo4j := func(cmd string) {
		t.Helper()
		c := exec.Command("bash", filepath.Join(root, "scripts", "neo4j"), cmd)
		c.Env = append(os.Environ(), "NEO4J_HOME_DIR="+home, "NEO4J_BOLT_PORT=7697", "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m")
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, out)
		}
	}
	neo4j("start")
	t.Cleanup(func() { neo4j("stop") })

	s, err := store.Open(context.Background(), store.Config{URI: "bolt://127.0.0.1:7697"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close(context.Background())
	srv := httptest.NewServer(server.New(s, server.Options{}))
	defer srv.Close()

	waitFor := func(want int) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		last := 0
		for time.Now().Before(deadline) {
			res, err := http.Get(srv.URL + "/readyz")
			if err == nil {
				last = res.StatusCode
				res.Body.Close()
				if last == want {
					return
				}
			}
			time.Sleep(200 * time.Millisecond)
		}
		t.Fatalf("/readyz stayed %d, want %d", last, want)
	}
	waitFor(http.StatusOK)
	neo4j("stop")
	waitFor(http.StatusServiceUnavailable)
	neo4j("start")
	waitFor(http.StatusOK)
}
