package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/synthetic"
)

// TestCounterpartsFromTalliesEqualCountsOfTheEvents holds the LINKED
// tallies that answer counterparts to a count of the events themselves
// (the statement counterparts had before), for every actor of a generated
// graph, after the load and after each write that changes who shares
// which meeting or interaction: a rejection of the event holding a pair's
// first date and its restoring, a date correction of the one holding its
// last, a merge and its undoing, a retraction, an article rewritten with
// fewer facts, Migrate counting the tallies of an older graph and setting
// the rank keys (the counterparts page walks them) of an older graph.
func TestCounterpartsFromTalliesEqualCountsOfTheEvents(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	g, err := synthetic.New(synthetic.Config{Events: 1200, Actors: 40, Seed: 3, EventsPerArticle: 150})
	if err != nil {
		t.Fatal(err)
	}
	var articles []domain.FactSet
	start := time.Now()
	for fs, ok := g.Next(); ok; fs, ok = g.Next() {
		mustWrite(t, s, fs)
		if fs.Article != nil {
			articles = append(articles, fs)
		}
	}
	t.Logf("wrote %d articles in %v", len(articles), time.Since(start))
	cur := domain.Curation{By: "test"}
	checkCounterparts(t, s, "after the load")

	pair := busiestPair(t, s)
	first := eventOfKey(pair.firstSeenKey)
	if err := s.RejectEvent(ctx, first, cur); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after rejecting the event of "+pair.key+"'s first date")
	if _, err := s.RestoreEvent(ctx, first, cur); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after restoring it")

	pair = busiestPair(t, s)
	day := domain.Day(2019, time.March, 4) // before every generated date
	if _, err := s.CorrectEvent(ctx, eventOfKey(pair.lastSeenKey), domain.EventCorrection{When: &day}, cur); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after moving the event of "+pair.key+"'s last date before all others")

	ends := strings.Split(busiestPair(t, s).key, "|")
	if _, err := s.MergeActors(ctx, ends[0], ends[1], cur); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after merging "+ends[1]+" into "+ends[0])
	if _, err := s.UnmergeActors(ctx, ends[1], cur); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after undoing the merge")

	retracted := articles[1]
	retracted.Article.Seal()
	if _, err := s.RetractArticle(ctx, retracted.Article.ID); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after retracting an article")

	rewritten := articles[2]
	a := *rewritten.Article
	a.Text += " Corrected."
	rewritten.Article = &a
	rewritten.Meetings = rewritten.Meetings[:len(rewritten.Meetings)/2]
	rewritten.Interactions = rewritten.Interactions[:len(rewritten.Interactions)/2]
	mustWrite(t, s, rewritten)
	checkCounterparts(t, s, "after rewriting an article with half its meetings and interactions")

	if err := s.AgePairTalliesForTest(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after Migrate on a graph without the tallies")

	if err := s.AgePairRanksForTest(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	checkCounterparts(t, s, "after Migrate on a graph without the rank keys")
}

// checkCounterparts compares every actor's counterparts from the tallies
// with a count of the events, the first 5 and all of them, and checks the
// tallies and the LINKED counts against the events.
func checkCounterparts(t *testing.T, s *store.Store, when string) {
	t.Helper()
	ctx := context.Background()
	start := time.Now()
	defer func() { t.Logf("%s: checked in %v", when, time.Since(start)) }()
	faults, err := s.CurationFaultsForTest(ctx)
	t.Logf("faults in %v", time.Since(start))
	if err != nil {
		t.Fatal(err)
	}
	if len(faults) > 0 {
		t.Fatalf("%s: %d faults, first %v", when, len(faults), faults[:min(5, len(faults))])
	}
	ids, err := s.ActorIDsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, first := range []int{5, 1000} {
		got, err := s.CounterpartsOf(ctx, ids, first)
		if err != nil {
			t.Fatal(err)
		}
		want, err := s.CounterpartsFromEventsForTest(ctx, ids, first)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			g, w := counterpartLines(got[id]), counterpartLines(want[id])
			if g != w {
				t.Fatalf("%s: counterparts of %s (first %d):\n%s\nwant (from the events):\n%s", when, id, first, g, w)
			}
			compared += len(want[id])
		}
	}
	if compared == 0 {
		t.Fatalf("%s: no actor has counterparts", when)
	}
}

func counterpartLines(cps []store.Counterpart) string {
	var b strings.Builder
	for _, c := range cps {
		fmt.Fprintf(&b, "%s %s events %d meetings %d interactions %d %s..%s cooperation %.6f conflict %.6f\n", c.ActorID, c.Actor.Name,
			c.Events, c.Meetings, c.Interactions, c.FirstSeen.Format(time.RFC3339), c.LastSeen.Format(time.RFC3339), c.Cooperation, c.Conflict)
	}
	return b.String()
}

type pairTally struct{ key, firstSeenKey, lastSeenKey string }

// busiestPair is the pair of actors sharing most meetings and
// interactions.
func busiestPair(t *testing.T, s *store.Store) pairTally {
	t.Helper()
	rows, err := s.ReadForTest(context.Background(), `
MATCH ()-[l:LINKED]->() WHERE l.meetings + l.interactions > 2
RETURN l.key AS key, l.firstSeenKey AS first, l.lastSeenKey AS last ORDER BY l.meetings + l.interactions DESC, key LIMIT 1`, nil)
	if err != nil || len(rows) == 0 {
		t.Fatalf("no pair shares three meetings or interactions: %v", err)
	}
	return pairTally{key: rows[0]["key"].(string), firstSeenKey: rows[0]["first"].(string), lastSeenKey: rows[0]["last"].(string)}
}

// eventOfKey is the id of the event a sort key sorts ("<time>|<id>").
func eventOfKey(key string) string { return key[strings.IndexByte(key, '|')+1:] }
