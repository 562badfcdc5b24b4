package synthetic

import (
	"context"
	"sort"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// countEvents reads one timeline page big enough to hold everything and
// counts what came back, through the store's public reads only.
func countEvents(t *testing.T, s *store.Store, f store.TimelineFilter) int {
	t.Helper()
	page, err := s.Timeline(context.Background(), f, store.TimelinePage{First: 100000, Desc: true})
	if err != nil {
		t.Fatal(err)
	}
	return len(page.Events)
}

func TestLoadWritesThePlannedGraph(t *testing.T) {
	s := neo4jtest.Store(t)
	g, err := New(Config{Events: 2000, Actors: 400, Seed: 3, EventsPerArticle: 700})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := Load(context.Background(), s, g, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 3 {
		t.Errorf("%d articles, want 3", stats.Articles)
	}
	for _, typ := range domain.EventTypes {
		got := countEvents(t, s, store.TimelineFilter{Types: []domain.EventType{typ}})
		if got != stats.Events[typ] || got == 0 {
			t.Errorf("%s: %d in the graph, generator made %d", typ, got, stats.Events[typ])
		}
	}
	if n := countEvents(t, s, store.TimelineFilter{}); n != 2000 {
		t.Errorf("%d events in the graph, want 2000", n)
	}

	// Power law: the busiest actor is in far more events than the median one.
	var active []int
	for rank, n := range stats.Involving {
		if n > 0 {
			active = append(active, rank)
		}
	}
	sort.Slice(active, func(i, j int) bool { return stats.Involving[active[i]] > stats.Involving[active[j]] })
	top := countEvents(t, s, store.TimelineFilter{Actors: []string{g.ActorID(active[0])}})
	median := countEvents(t, s, store.TimelineFilter{Actors: []string{g.ActorID(active[len(active)/2])}})
	if median == 0 || top < 20*median {
		t.Errorf("busiest actor in %d events, median actor in %d: want a power law (at least 20×)", top, median)
	}
}
