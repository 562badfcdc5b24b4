package server

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// page costs 1 + 100 × (1 + 1 + 10 participants) = 1,201.
const page = `{ timeline(first: 100) { edges { node { id participants { id } } } } }`

func TestEachClientSpendsItsOwnBudgetOfCost(t *testing.T) {
	s := neo4jtest.Store(t)
	srv := startLimitedServer(t, s, Options{Limits: Limits{MaxCost: 2000, RateCostPerSecond: 1, RateBurst: 2000}})

	send := func(auth string) abuseResult {
		body, _ := json.Marshal(map[string]any{"query": page})
		h := http.Header{}
		if auth != "" {
			h.Set("Authorization", auth)
		}
		return postBody(t, srv.URL, body, h)
	}
	if r := send(""); r.status != http.StatusOK || len(r.res.Errors) > 0 {
		t.Fatalf("first page: status %d, errors %v", r.status, r.res.Errors)
	}
	r := send("")
	checkRefused(t, r, "RATE_LIMITED", "")
	if r.status != http.StatusTooManyRequests {
		t.Errorf("status %d, want 429", r.status)
	}
	// 1,201 - 799 left = 402 cost at 1 a second.
	if retry, _ := r.res.Errors[0].Extensions["retryAfter"].(float64); retry < 300 || retry > 500 {
		t.Errorf("retryAfter %v", r.res.Errors[0].Extensions["retryAfter"])
	}
	// A cheap operation still fits what is left.
	if r := postBody(t, srv.URL, []byte(`{"query":"{ __typename }"}`), nil); len(r.res.Errors) > 0 {
		t.Errorf("a cheap query: %v", r.res.Errors)
	}
	// Another client has its own budget.
	if r := send("Bearer " + testReaderKey); r.status != http.StatusOK || len(r.res.Errors) > 0 {
		t.Errorf("another client: status %d, errors %v", r.status, r.res.Errors)
	}
}

func TestPersistedOnlyRunsRegisteredDocuments(t *testing.T) {
	s := neo4jtest.Store(t)
	file := filepath.Join(t.TempDir(), "queries.json")
	registered := `query Page { timeline(first: 5) { edges { cursor } } }`
	if err := os.WriteFile(file, []byte(`{"page": `+strconv.Quote(registered)+`}`), 0o644); err != nil {
		t.Fatal(err)
	}
	pq, err := LoadPersistedQueries(file)
	if err != nil || pq.Len() != 1 {
		t.Fatalf("loaded %v, %v", pq, err)
	}
	srv := startLimitedServer(t, s, Options{Limits: Limits{PersistedOnly: true, PersistedQueries: pq}})

	byHash := func(hash string) abuseResult {
		body, _ := json.Marshal(map[string]any{"extensions": map[string]any{
			"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}})
		return postBody(t, srv.URL, body, nil)
	}
	if r := byHash(queryHash(registered)); r.status != http.StatusOK || len(r.res.Errors) > 0 {
		t.Fatalf("the registered document by its hash: status %d, errors %v", r.status, r.res.Errors)
	}
	if r := postGraphQL(t, srv.URL, registered, nil); len(r.res.Errors) > 0 {
		t.Errorf("the registered document in full: %v", r.res.Errors)
	}
	checkRefused(t, byHash(queryHash(`{ __typename }`)), "PERSISTED_QUERY_NOT_FOUND", "")
	checkRefused(t, postGraphQL(t, srv.URL, `{ __typename }`, nil), "FORBIDDEN", "")
	// Sending a document with its hash (how APQ clients register one) does
	// not register it either.
	body, _ := json.Marshal(map[string]any{"query": `{ __typename }`, "extensions": map[string]any{
		"persistedQuery": map[string]any{"version": 1, "sha256Hash": queryHash(`{ __typename }`)}}})
	checkRefused(t, postBody(t, srv.URL, body, nil), "FORBIDDEN", "")
	checkRefused(t, byHash(queryHash(`{ __typename }`)), "PERSISTED_QUERY_NOT_FOUND", "")
}

func TestIntrospectionCanBeSwitchedOff(t *testing.T) {
	s := neo4jtest.Store(t)
	on := startLimitedServer(t, s, Options{})
	off := startLimitedServer(t, s, Options{DisableIntrospection: true})
	const q = `{ __schema { queryType { name } } }`
	if r := postGraphQL(t, on.URL, q, nil); len(r.res.Errors) > 0 {
		t.Fatalf("introspection on: %v", r.res.Errors)
	}
	checkRefused(t, postGraphQL(t, off.URL, q, nil), "FORBIDDEN", "")
}
