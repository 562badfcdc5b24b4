package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCancelledRequestsInFlight sends waves of concurrent GraphQL requests
// over HTTP — the shapes that use request-scoped state: direct pages, the
// batch loaders, sibling prefetches — and ends each wave's requests
// together at a random point, as a load run that stops or clients that
// go away do. Nothing may panic (a recovered resolver panic is logged as
// "resolver panic"), and the server answers normally afterwards. Run it
// with -race (make test-race) to catch request state read after the
// request ended.
func TestCancelledRequestsInFlight(t *testing.T) {
	s := sampleStore(t)
	srv, logs := startServer(t, s)
	_, res := postQuery(t, srv.URL, "application/json", `{ actors(first: 20) { edges { node { id } } } }`)
	var actors struct {
		Actors struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	if err := json.Unmarshal(res.Data, &actors); err != nil || len(actors.Actors.Edges) < 2 {
		t.Fatalf("the seed's actors: %s (%v)", res.Data, err)
	}
	a, b := actors.Actors.Edges[0].Node.ID, actors.Actors.Edges[1].Node.ID
	event := `id type title when { start precision display } reported { start } participants { id name } sources { article { id title } sentence }`
	queries := []string{
		// direct pages: the root actor's connections written by DirectPages
		fmt.Sprintf(`{ actor(id: %q) { id name timeline(first: 50) { edges { cursor node { %s } } pageInfo { hasNextPage endCursor } } } }`, a, event),
		fmt.Sprintf(`{ timeline(first: 50) { edges { node { %s } } } }`, event),
		// batch loaders and sibling prefetches: connections below a list of actors
		`{ actors(first: 20) { edges { node { id name roles { title } timeline(first: 5) { edges { node { id title participants { name } } } }
		   statements(first: 3) { edges { node { id } } } counterparts(first: 3) { actor { id name } events } } } } }`,
		fmt.Sprintf(`{ dyad(a: %q, b: %q) { a { name } b { name } events(first: 20) { edges { node { %s } } } series { month events } } }`, a, b, event),
		fmt.Sprintf(`{ neighborhood(actor: %q, hops: 2) { center { name } nodes { id hop actor { name timeline(first: 2) { edges { node { id } } } } } edges { source target weight } } }`, a),
		`{ search(text: "minister", first: 20) { __typename } }`,
		fmt.Sprintf(`{ x: actor(id: %q) { timeline(first: 10) { edges { node { id sources { article { title } } } } } }
		   y: actor(id: %q) { meetings(first: 10) { edges { node { id participants { id } } } } } }`, a, b),
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	rng := rand.New(rand.NewPCG(19, 5))
	const waves, perWave = 30, 24
	var answered, cancelled int
	var mu sync.Mutex
	for w := 0; w < waves; w++ {
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		for i := 0; i < perWave; i++ {
			q := queries[rng.IntN(len(queries))]
			wg.Add(1)
			go func() {
				defer wg.Done()
				body, _ := json.Marshal(map[string]string{"query": q})
				req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/query", bytes.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				resp, err := client.Do(req)
				if err == nil {
					_, err = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					cancelled++
				} else {
					answered++
				}
			}()
		}
		// Every wave's requests end together, at a point from "before any
		// reached a resolver" to "most have answered".
		time.Sleep(time.Duration(rng.IntN(150_000)) * time.Microsecond)
		cancel()
		wg.Wait()
	}
	t.Logf("%d requests answered, %d cancelled in flight", answered, cancelled)
	if cancelled == 0 {
		t.Fatal("no request was cancelled in flight: the test tried nothing")
	}
	// Handlers may still be unwinding the last wave.
	time.Sleep(500 * time.Millisecond)
	if l := logs.String(); strings.Contains(l, "panic") {
		t.Fatalf("the server recovered panics while requests were cancelled:\n%s", clipLog(l))
	}
	for _, q := range queries {
		if _, res := postQuery(t, srv.URL, "application/json", q); len(res.Errors) > 0 || len(res.Data) < 10 {
			t.Fatalf("after the cancellations %s answered %s %+v", q, res.Data, res.Errors)
		}
	}
}

func clipLog(s string) string {
	if len(s) > 20000 {
		return s[:20000] + "…"
	}
	return s
}
