package store_test

import (
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/store"
)

// TestRecentEventsAreTheLastAddedWhateverTheirDates writes an article of
// 2024 events, then one whose events sort in 2019: the latter come first,
// as they were added last, and first is bounded.
func TestRecentEventsAreTheLastAddedWhateverTheirDates(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/summit")
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

// TestAMergeLeavesRecentEventsInTheirPlace: the events a merge moves, and
// those its undoing gives back, keep the place their own writes gave them
// among the recent events; as of before the merge they still show the
// actor merged away.
func TestAMergeLeavesRecentEventsInTheirPlace(t *testing.T) {
	s, ctx, _ := summitStore(t, "https://example.test/summit")
	if _, err := s.WriteFacts(ctx, undatedFacts("https://example.test/old", time.Date(2019, 5, 1, 9, 0, 0, 0, time.UTC), "rita-lobo", "japan")); err != nil {
		t.Fatal(err)
	}
	recent := func() []string {
		t.Helper()
		got, err := s.RecentEvents(ctx, 100)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		return ids
	}
	before := recent()
	beforeMerge := aMoment(t)
	// kenji-sato is in the summit's meeting and interaction, the older
	// article's events are the newest: a merge that moved them up would put
	// the summit's first.
	if _, err := s.MergeActors(ctx, "rita-lobo", "kenji-sato", analyst); err != nil {
		t.Fatal(err)
	}
	if after := recent(); !slices.Equal(after, before) {
		t.Fatalf("after the merge the recent events are\n%q, were\n%q", after, before)
	}
	if got := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"kenji-sato"}}, beforeMerge); len(got) != 2 {
		t.Fatalf("kenji-sato as of before the merge: %q, want the meeting and the interaction", got)
	}
	if _, err := s.UnmergeActors(ctx, "kenji-sato", analyst); err != nil {
		t.Fatal(err)
	}
	if after := recent(); !slices.Equal(after, before) {
		t.Fatalf("after the undo the recent events are\n%q, were\n%q", after, before)
	}
	checkNoFaults(t, s)
}
