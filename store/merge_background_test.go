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

// untilMerged polls the merge of from until it is done.
func untilMerged(t *testing.T, s *store.Store, from string) store.MergeProgress {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		p, err := s.MergeProgressOf(context.Background(), from)
		if err != nil {
			t.Fatal(err)
		}
		if p.Done {
			return p
		}
		if time.Now().After(deadline) {
			t.Fatalf("the merge of %s is not done after 2 minutes: %+v", from, p)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkBusyMerge holds the graph after busy-from was merged into busy-into:
// consistent, every involvement on the survivor once, and one MERGED
// revision by the analyst, in the history of every event it moved.
func checkBusyMerge(t *testing.T, s *store.Store, before []string) {
	t.Helper()
	ctx := context.Background()
	checkNoFaults(t, s)
	want := map[string]bool{}
	for _, p := range before {
		ev, actor, _ := cutPair(p)
		if actor == "busy-from" {
			actor = "busy-into"
		}
		want[ev+"|"+actor] = true
	}
	got := involvementsOnce(t, s)
	if !slices.Equal(sortedKeys(got), sortedKeys(want)) {
		t.Fatalf("%d involvements after the merge, want %d", len(got), len(want))
	}
	merged := mergedRevisions(t, s, "busy-into")
	if len(merged) != 1 {
		t.Fatalf("%d MERGED revisions", len(merged))
	}
	if r := merged[0]; r.By != analyst.By || r.Reason != analyst.Reason {
		t.Fatalf("the MERGED revision is by %q for %q", r.By, r.Reason)
	}
	// The first event moved (by the first step) and the last have it.
	var moved []string
	for _, p := range before {
		if ev, actor, _ := cutPair(p); actor == "busy-from" {
			moved = append(moved, ev)
		}
	}
	slices.Sort(moved)
	for _, id := range []string{moved[0], moved[len(moved)-1]} {
		h, err := s.EventHistory(ctx, id, 10, "")
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(h.Revisions, func(r domain.Revision) bool { return r.Kind == domain.RevisionMerged }) {
			t.Fatalf("event %s moved by the merge has no MERGED revision", id)
		}
	}
}

// eventsOf counts the involvements of actor among pairs "event|actor".
func eventsOf(pairs []string, actor string) int {
	n := 0
	for _, p := range pairs {
		if _, a, _ := cutPair(p); a == actor {
			n++
		}
	}
	return n
}

func cutPair(p string) (ev, actor string, ok bool) {
	i := len(p) - 1
	for i >= 0 && p[i] != '|' {
		i--
	}
	if i < 0 {
		return p, "", false
	}
	return p[:i], p[i+1:], true
}

// mergedRevisions are the MERGED revisions in the first 100 of an actor's
// history.
func mergedRevisions(t *testing.T, s *store.Store, id string) []domain.Revision {
	t.Helper()
	h, err := s.ActorHistory(context.Background(), id, 100, "")
	if err != nil {
		t.Fatal(err)
	}
	var merged []domain.Revision
	for _, r := range h.Revisions {
		if r.Kind == domain.RevisionMerged {
			merged = append(merged, r)
		}
	}
	return merged
}

// busyStore is a test's store with two actors to merge, busy-into in 60
// events and busy-from in fromEvents, each with five counterparts, and
// every involvement before the merge (InvolvementPairsForTest).
func busyStore(t *testing.T, fromEvents int) (*store.Store, context.Context, []string) {
	t.Helper()
	s, ctx := neo4jtest.Store(t), context.Background()
	busyActor(t, s, "busy-into", "busy-from", 60, 5)
	busyActor(t, s, "busy-from", "busy-into", fromEvents, 5)
	before, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return s, ctx, before
}

// TestAMergeNotDoneInTimeGoesOnInTheBackground: StartMerge answers when
// its patience is spent with how far the merge has come, the merge goes
// on, and MergeProgressOf says when it is done.
func TestAMergeNotDoneInTimeGoesOnInTheBackground(t *testing.T) {
	defer store.SetMergeStepForTest(20)()
	s, ctx, before := busyStore(t, 200)
	p, err := s.StartMerge(ctx, "busy-into", "busy-from", analyst, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := eventsOf(before, "busy-from")
	if p.Done || p.Into != "busy-into" || p.EventsMoved+p.EventsLeft != n {
		t.Fatalf("right away the merge is %+v, want going on, with %d events moved and left", p, n)
	}
	done := untilMerged(t, s, "busy-from")
	if done.Into != "busy-into" || done.EventsMoved != n || done.EventsLeft != 0 {
		t.Fatalf("done: %+v, want %d events moved", done, n)
	}
	checkBusyMerge(t, s, before)
	// Bad input is said at once, nothing started.
	for _, c := range []struct {
		into, from string
		code       domain.ErrorCode
	}{
		{"busy-into", "busy-into", domain.EInvalid}, {"nobody", "other-01", domain.ENotFound},
		{"busy-into", "busy-from", domain.ENotFound}} {
		if _, err := s.StartMerge(ctx, c.into, c.from, analyst, time.Second); domain.CodeOf(err) != c.code {
			t.Fatalf("merge %s into %s: %v, want %s", c.from, c.into, err, c.code)
		}
	}
	if _, err := s.MergeProgressOf(ctx, "other-01"); domain.CodeOf(err) != domain.ENotFound {
		t.Fatalf("progress of an actor no merge holds: %v", err)
	}
}

// TestAMergeCutShortIsFinishedWhereItStopped: a process that stops in the
// middle of a merge (its store closed between two steps) leaves a
// consistent graph and the merge's claim; ResumeMerges at the next start
// finishes it as the analyst who asked, with one MERGED revision that
// names every event it moved, its earlier steps' too.
func TestAMergeCutShortIsFinishedWhereItStopped(t *testing.T) {
	defer store.SetMergeStepForTest(10)()
	s, ctx, before := busyStore(t, 300)
	first := neo4jtest.Open(t)
	runOn := store.StopMergesAfterStepsForTest(2)
	defer runOn()
	if _, err := first.StartMerge(ctx, "busy-into", "busy-from", analyst, 0); err != nil {
		t.Fatal(err)
	}
	// Two steps commit, then that process stops.
	deadline := time.Now().Add(time.Minute)
	for {
		p, err := s.MergeProgressOf(ctx, "busy-from")
		if err != nil {
			t.Fatal(err)
		}
		if p.EventsMoved >= 20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no step in a minute: %+v", p)
		}
		time.Sleep(20 * time.Millisecond)
	}
	first.Close(ctx)
	p, err := s.MergeProgressOf(ctx, "busy-from")
	if err != nil {
		t.Fatal(err)
	}
	if p.Done || p.EventsMoved != 20 {
		t.Fatalf("after two steps of ten the merge is %+v, want 20 events moved and not done", p)
	}
	runOn()
	checkNoFaults(t, s)
	n, err := s.ResumeMerges(ctx)
	if err != nil || n != 1 {
		t.Fatalf("resumed %d merges: %v", n, err)
	}
	done := untilMerged(t, s, "busy-from")
	if n := eventsOf(before, "busy-from"); done.EventsMoved != n {
		t.Fatalf("done: %+v, want the %d events of busy-from counted", done, n)
	}
	checkBusyMerge(t, s, before)
	if n, err := s.ResumeMerges(ctx); err != nil || n != 0 {
		t.Fatalf("after it is done, resumed %d merges: %v", n, err)
	}
}
