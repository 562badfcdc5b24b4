package server_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
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
	lib := filepath.Join(root, ".neo4j", "lib")
	if h := os.Getenv("NEO4J_HOME_DIR"); h != "" { // where scripts/neo4j fetch put the jars
		lib = filepath.Join(h, "lib")
	}
	if err := os.Symlink(lib, filepath.Join(home, "lib")); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	neo4j := func(cmd string) {
		t.Helper()
		c := exec.Command("bash", filepath.Join(root, "scripts", "neo4j"), cmd)
		c.Env = append(os.Environ(), "NEO4J_HOME_DIR="+home, "NEO4J_BOLT_PORT="+port, "NEO4J_HEAP=512m", "NEO4J_PAGECACHE=64m")
		if out, err := c.CombinedOutput(); err != nil {
			t.Fatalf("scripts/neo4j %s: %v\n%s", cmd, err, out)
		}
	}
	neo4j("start")
	t.Cleanup(func() { neo4j("stop") })

	s, err := store.Open(context.Background(), store.Config{URI: "bolt://127.0.0.1:" + port})
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
	query := func() (code string, took time.Duration) {
		t.Helper()
		start := time.Now()
		res, err := http.Post(srv.URL+"/query", "application/json", strings.NewReader(`{"query":"{ actors(first: 1) { edges { node { id } } } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var body struct {
			Data   any
			Errors []struct{ Extensions struct{ Code string } }
		}
		if err := json.NewDecoder(res.Body).Decode(&body); err != nil {
			t.Fatal(err)
		}
		if len(body.Errors) > 0 {
			return body.Errors[0].Extensions.Code, time.Since(start)
		}
		return "", time.Since(start)
	}
	waitFor(http.StatusOK)
	if code, _ := query(); code != "" {
		t.Fatalf("a query with Neo4j up answered %s", code)
	}
	neo4j("stop")
	waitFor(http.StatusServiceUnavailable)
	// Neo4j down: a query is told so, quickly, and not as INTERNAL.
	if code, took := query(); code != "UNAVAILABLE" || took > 2*time.Second {
		t.Fatalf("a query with Neo4j down answered %q after %v, want UNAVAILABLE within 2 s", code, took)
	}
	neo4j("start")
	waitFor(http.StatusOK)
	if code, _ := query(); code != "" {
		t.Fatalf("a query after the restart answered %s", code)
	}
}

// freePort is a loopback port nothing listens on now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
