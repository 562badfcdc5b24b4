package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// TestRecentEventsAreTheLastAddedWhateverTheirDates writes an article of
// 2024 events, then one whose events sort in 2019: the latter come first,
// as they were added last, and first is bounded.
func TestRecentEventsAreTheLastAddedWhateverTheirDates(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	if _, err := s.WriteFacts(ctx, summitFacts("https://example.test/summit")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WriteFacts(ctx, undatedFacts("https://example.test/old", time.Date(2019, 5, 1, 9, 0, 0, 0, time.UTC), "kenji-sato", "japan")); err != nil {
		t.Fatal(err)
	}
	got, err := s.RecentEvents(ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("%d events, want 3", len(got))
	}
	for i, e := range got[:2] {
		if e.SortKey[:4] != "2019" {
			t.Fatalf("event %d is %s (%s), not one of the 2019 article added last", i, e.ID, e.SortKey)
		}
	}
	if got[0].ID > got[1].ID || got[2].SortKey[:4] != "2024" {
		t.Fatalf("order: %s %s %s", got[0].ID, got[1].ID, got[2].SortKey)
	}
	if _, err := s.RecentEvents(ctx, 101); err == nil {
		t.Fatal("first 101 was accepted")
	}
}
