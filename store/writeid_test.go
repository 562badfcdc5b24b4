package store_test

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// A write whose acknowledgement was lost is written again by its loader
// under the same write id: the second attempt changes nothing and reports
// what the first committed, so the loader's report is the truth; another
// writer of the same article is told it was already present. The dump
// does not change either way.
func TestWriteAgainUnderTheSameIDReportsTheFirstCommit(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	id := store.NewWriteID()
	first, err := s.WriteFactsAs(ctx, summitFacts("https://example.org/summit"), id)
	if err != nil {
		t.Fatal(err)
	}
	if first.AlreadyPresent || first.EventsCreated == 0 || first.ActorsCreated == 0 {
		t.Fatalf("first write: %+v", first)
	}
	before, err := s.DumpGraph(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.WriteFactsAs(ctx, summitFacts("https://example.org/summit"), id)
	if err != nil {
		t.Fatal(err)
	}
	if again != first {
		t.Fatalf("the same write again reported %+v, want the first commit's %+v", again, first)
	}
	other, err := s.WriteFactsAs(ctx, summitFacts("https://example.org/summit"), store.NewWriteID())
	if err != nil || !other.AlreadyPresent || other.EventsCreated != 0 {
		t.Fatalf("another writer of the same article: %+v, %v; want already present", other, err)
	}
	after, err := s.DumpGraph(ctx, 10000)
	if err != nil {
		t.Fatal(err)
	}
	if after.Digest != before.Digest || after.Nodes != before.Nodes || after.Relationships != before.Relationships {
		t.Fatalf("writing again changed the graph: %d nodes %d relationships → %d, %d", before.Nodes, before.Relationships, after.Nodes, after.Relationships)
	}
	if _, err := s.DumpGraph(ctx, 3); err == nil {
		t.Fatal("a dump over its limit was not refused")
	}
}
