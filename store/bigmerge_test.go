package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// busyActor writes n meetings of the actor id, each with one of
// counterparts others (ids "other-00" …), on days from 2020 on, in
// articles of 500 facts; every tenth meeting has the second actor too.
func busyActor(t *testing.T, s *store.Store, id, with string, n, counterparts int) {
	t.Helper()
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for batch := 0; batch*500 < n; batch++ {
		text := "Many meetings."
		fs := domain.FactSet{Article: &domain.Article{URL: fmt.Sprintf("https://example.test/%s/%d", id, batch),
			PublishedAt: start, Text: text}}
		ev := domain.Evidence{Sentence: text, Start: 0, End: len(text), Extractor: "test/1", Confidence: 1}
		fs.Actors = append(fs.Actors, domain.ActorFact{ID: id, Name: "Busy " + id, Kind: domain.KindPerson},
			domain.ActorFact{ID: with, Name: "Busy " + with, Kind: domain.KindPerson})
		for c := range counterparts {
			fs.Actors = append(fs.Actors, domain.ActorFact{ID: fmt.Sprintf("other-%02d", c), Name: fmt.Sprintf("Other %02d", c), Kind: domain.KindPerson})
		}
		for i := batch * 500; i < n && i < (batch+1)*500; i++ {
			d := domain.DayOf(start.AddDate(0, 0, i/7))
			who := []string{id, fmt.Sprintf("other-%02d", i%counterparts)}
			if i%10 == 0 {
				who = append(who, with)
			}
			fs.Meetings = append(fs.Meetings, domain.MeetingFact{Participants: who, When: &d, Occasion: fmt.Sprintf("%s round %d", id, i), Evidence: ev})
		}
		if err := fs.Article.Seal(); err != nil {
			t.Fatal(err)
		}
		mustWrite(t, s, fs)
	}
}

// TestMergingTwoBusyActorsFitsTheRequestTimeout merges an actor of
// thousands of events into one of more within the API's 30 s request
// timeout (in steps: no transaction grows with the actor), and leaves a
// consistent graph with every involvement on the survivor once and one
// MERGED revision.
func TestMergingTwoBusyActorsFitsTheRequestTimeout(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	const into, from = "busy-into", "busy-from"
	busyActor(t, s, into, from, 6000, 40)
	busyActor(t, s, from, into, 3000, 40)
	before, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ctx30, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	began := time.Now()
	if _, err := s.MergeActors(ctx30, into, from, analyst); err != nil {
		t.Fatalf("merge after %s: %v", time.Since(began).Round(time.Millisecond), err)
	}
	t.Logf("merged %s into %s in %s", from, into, time.Since(began).Round(time.Millisecond))
	checkNoFaults(t, s)
	checkTallies(t, s)
	if merges := mergedRevisions(t, s, into); len(merges) != 1 {
		t.Fatalf("%d MERGED revisions in the survivor's history, want 1", len(merges))
	}
	want := map[string]bool{}
	for _, p := range before {
		ev, actor, _ := cutLast(p)
		if actor == from {
			actor = into
		}
		want[ev+"|"+actor] = true
	}
	after, err := s.InvolvementPairsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != len(want) {
		t.Fatalf("%d involvements after the merge, want %d", len(after), len(want))
	}
	for _, p := range after {
		if !want[p] {
			t.Fatalf("involvement %s after the merge was not one before", p)
		}
	}
}

func cutLast(p string) (string, string, bool) {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '|' {
			return p[:i], p[i+1:], true
		}
	}
	return p, "", false
}
