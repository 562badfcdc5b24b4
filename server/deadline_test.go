package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// upsertRubio writes the actor marco-rubio with a new alias; while
// neo4jtest.LockActor holds it, the write's transaction waits in Neo4j.
const upsertRubio = `mutation($alias: String!) { upsertActor(input: {id: "marco-rubio", name: "Marco Rubio", kind: PERSON, aliases: [$alias]}) { id } }`

var aliasN atomic.Int64

func newAlias() map[string]any {
	return map[string]any{"alias": fmt.Sprintf("Rubio %d", aliasN.Add(1))}
}

// waitBlocked waits until want transactions wait for a lock, failing the
// test after limit.
func waitBlocked(t *testing.T, want int, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	for neo4jtest.BlockedTransactions(t) != want {
		if time.Since(start) > limit {
			t.Fatalf("%d transactions blocked after %s, want %d", neo4jtest.BlockedTransactions(t), limit, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

func TestAnOperationStopsWhenItsClientGoes(t *testing.T) {
	s := neo4jtest.Store(t)
	srv := startLimitedServer(t, s, Options{})
	watchHealth(t, srv.URL)
	if r := postGraphQL(t, srv.URL, upsertRubio, newAlias()); len(r.res.Errors) > 0 {
		t.Fatal(r.res.Errors)
	}
	release := neo4jtest.LockActor(t, "marco-rubio")

	ctx, leave := context.WithCancel(context.Background())
	body, _ := json.Marshal(map[string]any{"query": upsertRubio, "variables": newAlias()})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+testWriterKey)
	done := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		done <- err
	}()
	// The server's transaction waits for the lock, and would wait for as
	// long as the lock is held: the server's deadline is 30 s.
	waitBlocked(t, 1, 10*time.Second)
	leave()
	if err := <-done; err == nil {
		t.Fatal("the request answered while its write was blocked")
	}
	// The client is gone: the server stops its work, and Neo4j's
	// transaction ends with it while the lock is still held.
	took := waitBlocked(t, 0, 5*time.Second)
	t.Logf("the server's transaction ended %s after its client left", took)

	release()
	if r := postGraphQL(t, srv.URL, `{ actor(id: "marco-rubio") { name } }`, nil); len(r.res.Errors) > 0 {
		t.Fatalf("a normal query right after: %v", r.res.Errors)
	}
}

func TestAnOperationPastItsDeadlineAnswersTimeout(t *testing.T) {
	s := neo4jtest.Store(t)
	// The setup and the query after go through a server with the default
	// deadline: a busy machine can take a second for them.
	normal := startLimitedServer(t, s, Options{})
	srv := startLimitedServer(t, s, Options{Limits: Limits{RequestTimeout: time.Second}})
	watchHealth(t, srv.URL)
	if r := postGraphQL(t, normal.URL, upsertRubio, newAlias()); len(r.res.Errors) > 0 {
		t.Fatal(r.res.Errors)
	}
	release := neo4jtest.LockActor(t, "marco-rubio")

	r := postGraphQL(t, srv.URL, upsertRubio, newAlias())
	checkRefused(t, r, "TIMEOUT", "")
	if r.took < time.Second {
		t.Errorf("answered after %s, before the deadline", r.took)
	}
	// Neo4j stopped the transaction too (its timeout is the deadline),
	// though the lock is still held.
	waitBlocked(t, 0, 5*time.Second)
	release()
	if r := postGraphQL(t, normal.URL, `{ actor(id: "marco-rubio") { name } }`, nil); len(r.res.Errors) > 0 {
		t.Fatalf("a normal query right after: %v", r.res.Errors)
	}
}
