package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/sampledata"
	"github.com/eventgraph/eventgraph/store"
)

// lockedBuffer collects the server's log; the server writes it from its
// own goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startServer serves server.New over s on a loopback port; the returned
// buffer holds what the server logged.
func startServer(t *testing.T, s *store.Store) (*httptest.Server, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	srv := httptest.NewServer(New(s, Options{Logger: log}))
	t.Cleanup(srv.Close)
	return srv, logs
}

// sampleStore is a clean store holding the bundled sample data.
func sampleStore(t *testing.T) *store.Store {
	t.Helper()
	s := neo4jtest.Store(t)
	if _, err := loaders.ImportJSON(context.Background(), s, sampledata.Seed); err != nil {
		t.Fatal(err)
	}
	return s
}

// graphQLResult is a decoded GraphQL response; Data stays raw so tests can
// tell an absent data entry (nil) from "data": null.
type graphQLResult struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// postQuery sends query to /query asking for accept and decodes the answer.
func postQuery(t *testing.T, url, accept, query string) (*http.Response, graphQLResult) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query})
	return send(t, newPost(t, url, body, http.Header{"Accept": {accept}}))
}

// newPost is a POST of body to url's /query as a GraphQL client sends it
// (JSON, asking for a GraphQL response), header's entries set over those.
func newPost(t *testing.T, url string, body []byte, header http.Header) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url+"/query", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", mediaGraphQLResponse)
	for k, v := range header {
		req.Header[k] = v
	}
	return req
}

// roundTrip sends req and reads the whole answer.
func roundTrip(t *testing.T, req *http.Request) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, raw
}

func send(t *testing.T, req *http.Request) (*http.Response, graphQLResult) {
	t.Helper()
	resp, raw := roundTrip(t, req)
	var res graphQLResult
	if len(raw) > 0 && json.Unmarshal(raw, &res) != nil {
		t.Fatalf("%s %s: body is not JSON: %s", req.Method, req.URL, raw)
	}
	return resp, res
}

// firstError returns the first error's code and message, failing the test
// when there is none.
func firstError(t *testing.T, res graphQLResult) (code, message string) {
	t.Helper()
	if len(res.Errors) == 0 {
		t.Fatalf("want an error, got data %s", res.Data)
	}
	code, _ = res.Errors[0].Extensions["code"].(string)
	return code, res.Errors[0].Message
}

func TestHealthz(t *testing.T) {
	srv, _ := startServer(t, neo4jtest.Store(t))
	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("/healthz: status %d, want 200", resp.StatusCode)
	}
}

func TestReadyz(t *testing.T) {
	down, err := store.Open(context.Background(), store.Config{URI: "bolt://127.0.0.1:1"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { down.Close(context.Background()) })
	tests := []struct {
		name  string
		store *store.Store
		want  int
	}{
		{"neo4j up", neo4jtest.Store(t), http.StatusOK},
		{"nothing listens", down, http.StatusServiceUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := startServer(t, tt.store)
			resp, err := http.Get(srv.URL + "/readyz")
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("/readyz: status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

// TestClientErrors checks the code and the named input of errors a client
// causes, over graphql-response+json.
func TestClientErrors(t *testing.T) {
	srv, _ := startServer(t, neo4jtest.Store(t))
	tests := []struct {
		name        string
		query       string
		wantStatus  int
		wantCode    string
		wantMessage string // a part of the message
	}{
		{"syntax error", `{ actor(id: "x") { name }`, http.StatusBadRequest, "BAD_USER_INPUT", "Expected"},
		{"unknown field", `{ actor(id: "x") { shoeSize } }`, http.StatusBadRequest, "BAD_USER_INPUT", `"shoeSize"`},
		{"first over the page limit", `{ timeline(first: 101) { edges { cursor } } }`, http.StatusOK, "BAD_USER_INPUT", "first"},
		{"bad Date literal", `{ timeline(filter: {from: "yesterday-ish"}) { edges { cursor } } }`, http.StatusOK, "BAD_USER_INPUT", "filter.from"},
		{"unknown actor", `{ actor(id: "no-such-actor") { name } }`, http.StatusOK, "NOT_FOUND", "no-such-actor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, res := postQuery(t, srv.URL, mediaGraphQLResponse, tt.query)
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.wantStatus)
			}
			code, msg := firstError(t, res)
			if code != tt.wantCode || !strings.Contains(msg, tt.wantMessage) {
				t.Errorf("got %s %q; want %s naming %q", code, msg, tt.wantCode, tt.wantMessage)
			}
		})
	}
}

// TestStoreFailureDoesNotLeak points the server at a database that does not
// exist: the driver's text reaches the log, not the client.
func TestStoreFailureDoesNotLeak(t *testing.T) {
	s, err := store.Open(context.Background(), store.Config{URI: neo4jtest.URI(t), Database: "nosuchdatabase"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	srv, logs := startServer(t, s)
	resp, res := postQuery(t, srv.URL, mediaGraphQLResponse, `{ actor(id: "someone") { name } }`)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status %d, want 200 (the request was valid)", resp.StatusCode)
	}
	code, msg := firstError(t, res)
	if code != "UNAVAILABLE" {
		t.Errorf("code %s, want UNAVAILABLE", code)
	}
	for _, secret := range []string{"nosuchdatabase", "Neo.", "neo4j", "bolt"} {
		if strings.Contains(strings.ToLower(msg), strings.ToLower(secret)) {
			t.Errorf("message %q leaks %q", msg, secret)
		}
	}
	if !strings.Contains(logs.String(), "nosuchdatabase") {
		t.Errorf("the driver's error is not logged; log:\n%s", logs)
	}
}

// TestPresentErrorHidesInternals covers errors that no request can cause on
// purpose: Cypher failures and panics.
func TestPresentErrorHidesInternals(t *testing.T) {
	logs := &lockedBuffer{}
	present := presentError(slog.New(slog.NewTextHandler(logs, nil)))
	tests := []error{
		fmt.Errorf("neo4j: %w", errors.New("Neo.ClientError.Statement.SyntaxError: Invalid input 'MATCH (a:Actor {id: $id})'")),
		errInternal,
	}
	for _, err := range tests {
		got := present(context.Background(), err)
		if got.Message != "internal error" || got.Extensions["code"] != "INTERNAL" {
			t.Errorf("present(%q) = %q %v; want internal error, INTERNAL", err, got.Message, got.Extensions)
		}
	}
	if !strings.Contains(logs.String(), "SyntaxError") {
		t.Errorf("the Cypher error is not logged; log:\n%s", logs)
	}
}
