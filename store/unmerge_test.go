package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

var timeZero time.Time

func TestUndoingAMergeGivesBackTheActorItsNamesAndItsEvents(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := khanFacts("https://example.test/khan-unmerge", "")
	if _, err := s.WriteFacts(ctx, fs); err != nil {
		t.Fatal(err)
	}
	before := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"pm-imran-khan"}}, aMoment(t))
	khanBefore := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"imran-khan"}}, aMoment(t))
	if _, err := s.MergeActors(ctx, "imran-khan", "pm-imran-khan", analyst); err != nil {
		t.Fatal(err)
	}
	merged := aMoment(t)
	pm, err := s.UnmergeActors(ctx, "pm-imran-khan", analyst)
	if err != nil {
		t.Fatal(err)
	}
	if pm.ID != "pm-imran-khan" || pm.Name != "PM Imran Khan" || !slices.Contains(pm.Aliases, "Khan Sahib") {
		t.Fatalf("the revived actor: %+v", pm)
	}
	check := func(when string) {
		t.Helper()
		khan, err := s.Actor(ctx, "imran-khan")
		if err != nil || slices.Contains(khan.Aliases, "PM Imran Khan") || slices.Contains(khan.Aliases, "Khan Sahib") {
			t.Fatalf("%s: the survivor keeps the other's names: %+v, %v", when, khan, err)
		}
		if a, err := s.Actor(ctx, "pm-imran-khan"); err != nil || a.ID != "pm-imran-khan" {
			t.Fatalf("%s: pm-imran-khan answers %+v, %v", when, a, err)
		}
		if got := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"pm-imran-khan"}}, timeZero); !slices.Equal(got, before) {
			t.Fatalf("%s: pm-imran-khan's events %q, want those it had before the merge %q", when, got, before)
		}
		if got := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"imran-khan"}}, timeZero); !slices.Equal(got, khanBefore) {
			t.Fatalf("%s: imran-khan's events %q, want %q", when, got, khanBefore)
		}
		byName, err := s.ActorsByNames(ctx, []string{"PM Imran Khan"})
		if err != nil {
			t.Fatal(err)
		}
		for _, as := range byName {
			if len(as) != 1 || as[0].ID != "pm-imran-khan" {
				t.Fatalf("%s: the name PM Imran Khan finds %+v", when, as)
			}
		}
		checkNoFaults(t, s)
		checkTallies(t, s)
	}
	check("after the undo")
	if _, err := s.WriteFacts(ctx, fs); err != nil {
		t.Fatal(err)
	}
	check("after the article again")

	// As of the merged time, the id answered the survivor, which had
	// every event.
	if a, err := s.ActorAsOf(ctx, "pm-imran-khan", merged); err != nil || a.ID != "imran-khan" {
		t.Fatalf("pm-imran-khan while merged: %+v, %v", a, err)
	}
	if got := idsAsOf(t, s, store.TimelineFilter{Actors: []string{"imran-khan"}}, merged); len(got) != 3 {
		t.Fatalf("imran-khan while merged: %q, want 3 events", got)
	}

	if _, err := s.UnmergeActors(ctx, "pm-imran-khan", analyst); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("undoing again: %v, want NOT_FOUND", err)
	}
	h, err := s.ActorHistory(ctx, "pm-imran-khan", 10, "")
	if err != nil {
		t.Fatal(err)
	}
	var kinds []domain.RevisionKind
	for _, r := range h.Revisions {
		kinds = append(kinds, r.Kind)
	}
	if !slices.Contains(kinds, domain.RevisionUnmerged) {
		t.Fatalf("pm-imran-khan's history: %q", kinds)
	}
}

// TestUndoingASmallMergeIntoABusyActorLeavesItsCountsRight: undoing the
// merge of an actor of 100 events into one of 3,000 moves the counts of
// the 100 events back (LINKED, month tallies: checkNoFaults counts them
// from the events) without recounting the busy actor; the time it takes
// is logged (go test -v -run TestUndoingASmallMerge).
func TestUndoingASmallMergeIntoABusyActorLeavesItsCountsRight(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	busyActor(t, s, "busy-into", "busy-from", 3000, 40)
	busyActor(t, s, "busy-from", "busy-into", 100, 40)
	start := time.Now()
	if _, err := s.MergeActors(ctx, "busy-into", "busy-from", analyst); err != nil {
		t.Fatal(err)
	}
	t.Logf("merge of 100 events into 3,000: %s", time.Since(start).Round(time.Millisecond))
	start = time.Now()
	if _, err := s.UnmergeActors(ctx, "busy-from", analyst); err != nil {
		t.Fatal(err)
	}
	t.Logf("its undoing: %s", time.Since(start).Round(time.Millisecond))
	checkNoFaults(t, s)
}
