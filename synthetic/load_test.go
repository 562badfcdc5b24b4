package synthetic

import (
	"context"
	"fmt"
	"sort"
	"sync"
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
	g, err := New(Config{Events: 2000, Actors: 400, Seed: 3, EventsPerArticle: 250})
	if err != nil {
		t.Fatal(err)
	}
	rec := &orderRecorder{w: s, start: map[int]int{}, end: map[int]int{}}
	stats, err := Load(context.Background(), rec, g, 3, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 8 {
		t.Errorf("%d articles, want 8", stats.Articles)
	}
	rec.check(t, 8)
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

// orderRecorder writes through the store and records when each set's
// write started and ended, on one clock of events.
type orderRecorder struct {
	w          FactWriter
	mu         sync.Mutex
	clock      int
	start, end map[int]int // by set: 0 the roster, n article n ("Digest n: …")
}

func (r *orderRecorder) tick(at map[int]int, fs domain.FactSet) {
	n := 0
	if fs.Article != nil {
		fmt.Sscanf(fs.Article.Title, "Digest %d:", &n)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clock++
	at[n] = r.clock
}

func (r *orderRecorder) WriteFacts(ctx context.Context, fs domain.FactSet) (store.WriteReport, error) {
	r.tick(r.start, fs)
	defer r.tick(r.end, fs)
	return r.w.WriteFacts(ctx, fs)
}

// check asserts the roster was written first and alone, and that no
// article started before the one ReReportLag before it ended.
func (r *orderRecorder) check(t *testing.T, articles int) {
	t.Helper()
	if len(r.start) != articles+1 || r.start[0] != 1 || r.end[0] != 2 {
		t.Fatalf("writes started %v, ended %v: want the roster (0) alone first and %d articles", r.start, r.end, articles)
	}
	overlapped := false
	for n := 1; n <= articles; n++ {
		if k := n - ReReportLag; k >= 1 && r.start[n] < r.end[k] {
			t.Errorf("article %d started before article %d, whose events it re-reports, was written", n, k)
		}
		if n > 1 && r.start[n] < r.end[n-1] {
			overlapped = true
		}
	}
	if !overlapped {
		t.Errorf("no two articles were written at once (started %v, ended %v)", r.start, r.end)
	}
}
