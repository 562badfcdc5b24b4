package bench

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"

	"github.com/eventgraph/eventgraph/graph"
)

func TestDriveRateSendsOnScheduleAndCountsByKind(t *testing.T) {
	var mu sync.Mutex
	sent := map[int]bool{}
	run := RateRun{Rate: 400, Duration: 500 * time.Millisecond, Warmup: 3,
		KindOf: func(i int) string { return MixedKinds[i%len(MixedKinds)] }}
	all, byKind, err := DriveRate(context.Background(), run, func(_ context.Context, i int) (time.Duration, error) {
		mu.Lock()
		sent[i] = true
		mu.Unlock()
		if i >= run.Warmup && MixedKinds[i%len(MixedKinds)] == "dyad" {
			return 0, errors.New("dyads fail here")
		}
		return time.Millisecond, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if all.Requests != 200 || len(sent) != 203 {
		t.Fatalf("%d measured, %d sent; want 200 at 400/s for 0.5 s, after 3 unmeasured", all.Requests, len(sent))
	}
	for _, k := range MixedKinds {
		r := byKind[k]
		wantErrors := 0
		if k == "dyad" {
			wantErrors = 50
		}
		if r.Requests != 50 || r.Errors != wantErrors || len(r.Latencies) != 50-wantErrors {
			t.Errorf("%s: %d requests, %d errors, %d latencies; want 50, %d", k, r.Requests, r.Errors, len(r.Latencies), wantErrors)
		}
	}
	if all.Errors != 50 || len(all.ServerTimes) != 150 {
		t.Errorf("%d errors, %d server times; want 50 and 150", all.Errors, len(all.ServerTimes))
	}
}

func TestDriveRateCountsRequestsBeyondTheInFlightBoundAsErrors(t *testing.T) {
	release := make(chan struct{})
	run := RateRun{Rate: 1000, Duration: 100 * time.Millisecond, MaxInFlight: 10}
	done := make(chan Result)
	go func() {
		all, _, _ := DriveRate(context.Background(), run, func(ctx context.Context, _ int) (time.Duration, error) {
			<-release
			return 0, nil
		})
		done <- all
	}()
	// The schedule ends after 0.1 s; the ten in flight are let go well
	// after that, even on a busy machine.
	time.AfterFunc(2*time.Second, func() { close(release) })
	all := <-done
	if all.Requests != 100 || all.Errors != 90 {
		t.Errorf("%d requests, %d errors; want 100, of which 90 not sent (10 in flight at most)", all.Requests, all.Errors)
	}
}

func TestMixedQueriesAreValidAgainstTheSchema(t *testing.T) {
	schema := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{}}).Schema()
	for _, q := range []string{TimelineQuery, SearchQuery, DyadQuery, NeighborhoodQuery} {
		if _, err := gqlparser.LoadQuery(schema, q); err != nil {
			t.Errorf("%.40s…: %v", q, err)
		}
	}
}
