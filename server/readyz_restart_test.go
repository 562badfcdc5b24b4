package server_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/server"
	"github.com/eventgraph/eventgraph/store"
)

// TestReadyzFollowsNeo4jThroughARestart runs a Neo4j of its own
// (neo4jtest.StartPrivate) so that stopping it does not disturb other
// tests: /readyz must say 503 while it is down and 200 again once it is
// back, with the same server and store throughout.
func TestReadyzFollowsNeo4jThroughARestart(t *testing.T) {
	neo := neo4jtest.StartPrivate(t)
	s, err := store.Open(context.Background(), store.Config{URI: neo.URI})
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
	if err := neo.Stop(); err != nil {
		t.Fatal(err)
	}
	waitFor(http.StatusServiceUnavailable)
	// Neo4j down: a query is told so, quickly, and not as INTERNAL.
	if code, took := query(); code != "UNAVAILABLE" || took > 2*time.Second {
		t.Fatalf("a query with Neo4j down answered %q after %v, want UNAVAILABLE within 2 s", code, took)
	}
	if err := neo.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(http.StatusOK)
	if code, _ := query(); code != "" {
		t.Fatalf("a query after the restart answered %s", code)
	}
}
