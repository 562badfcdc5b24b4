package server

import (
	"net/http"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// Every /query answer — data or error — says in Server-Timing how long
// the server took, which cannot exceed what the client waited.
func TestQueryAnswersCarryServerTiming(t *testing.T) {
	srv, _ := startServer(t, neo4jtest.Store(t))
	header := regexp.MustCompile(`^total;dur=(\d+\.\d{3})$`)
	for _, tc := range []struct {
		name, query string
		status      int
	}{
		{"data", `{ actors(first: 1) { edges { node { id } } } }`, http.StatusOK},
		{"a query that does not validate", `{ nothing }`, http.StatusBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			resp, _ := postQuery(t, srv.URL, "application/graphql-response+json", tc.query)
			waited := time.Since(start)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			m := header.FindStringSubmatch(resp.Header.Get("Server-Timing"))
			if m == nil {
				t.Fatalf("Server-Timing %q, want total;dur=<ms>", resp.Header.Get("Server-Timing"))
			}
			ms, _ := strconv.ParseFloat(m[1], 64)
			if took := time.Duration(ms * float64(time.Millisecond)); took <= 0 || took > waited {
				t.Fatalf("server says it took %v; the client waited %v", took, waited)
			}
		})
	}
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if h := resp.Header.Get("Server-Timing"); h != "" {
		t.Fatalf("/healthz has Server-Timing %q; only /query is timed", h)
	}
}
