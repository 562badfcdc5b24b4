package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// The same writes into an empty graph at another time give the same dump:
// the change log's timestamps and its new epoch say when the graph was
// written, not what it says (the fault test compares a serial ingest with
// one through restarts this way).
func TestTheSameWritesAnotherTimeDumpTheSame(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	dump := func() string {
		t.Helper()
		mustWrite(t, s, summitFacts("https://example.org/summit"))
		d, err := s.DumpGraph(ctx, 10000)
		if err != nil {
			t.Fatal(err)
		}
		if d.Labels["Change"] == 0 || d.Labels["ChangeLog"] != 1 {
			t.Fatalf("the dump lacks the change log: %v", d.Labels)
		}
		return d.Digest
	}
	first := dump()
	if err := s.DeleteEverything(ctx); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond) // another timestamp, whatever the clock's grain
	if again := dump(); again != first {
		t.Fatalf("the same write dumps as %s, first as %s", again, first)
	}
}
