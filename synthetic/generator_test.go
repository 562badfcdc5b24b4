package synthetic

import (
	"reflect"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
)

func collect(t *testing.T, cfg Config) ([]domain.FactSet, Stats) {
	t.Helper()
	g, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	var sets []domain.FactSet
	for {
		fs, ok := g.Next()
		if !ok {
			return sets, g.Stats()
		}
		sets = append(sets, fs)
	}
}

func TestSameSeedSameGraph(t *testing.T) {
	cfg := Config{Events: 1500, Actors: 200, Seed: 42, EventsPerArticle: 500}
	a, _ := collect(t, cfg)
	b, _ := collect(t, cfg)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two generators with one seed made different fact sets")
	}
	cfg.Seed = 43
	c, _ := collect(t, cfg)
	if reflect.DeepEqual(a, c) {
		t.Fatal("another seed made the same fact sets")
	}
}

// Every set must pass the store's own validation (resolved references,
// spans inside the article), and every span must point at its sentence.
func TestFactSetsAreValidAndSpansPointAtSentences(t *testing.T) {
	sets, stats := collect(t, Config{Events: 3000, Actors: 300, Seed: 7, EventsPerArticle: 500})
	if len(sets) != 7 || stats.Articles != 6 {
		t.Fatalf("got %d sets, stats say %d articles; want the roster and 6 articles", len(sets), stats.Articles)
	}
	if r := sets[0]; r.Article != nil || len(r.Actors) != 300 || stats.Actors != 300 || len(r.EventRecords(domain.FuzzyDate{})) != 0 {
		t.Fatalf("the first set is not the roster: article %v, %d actors (stats %d)", r.Article, len(r.Actors), stats.Actors)
	}
	if stats.TotalEvents() != 3000 {
		t.Fatalf("stats count %d events, want 3000", stats.TotalEvents())
	}
	for i, fs := range sets {
		if err := fs.Validate(); err != nil {
			t.Fatalf("set %d: %v", i, err)
		}
		for _, m := range fs.Meetings {
			if n := len(m.Participants); n < 2 || n > 5 {
				t.Fatalf("a meeting has %d participants", n)
			}
		}
		for _, r := range fs.EventRecords(domain.FuzzyDate{}) {
			if ev := r.Evidence; ev == nil || fs.Article.Text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("set %d %s %s: evidence %+v does not point at its sentence", i, r.Type, r.ID, ev)
			}
		}
	}
	for _, typ := range domain.EventTypes {
		if stats.Events[typ] == 0 {
			t.Errorf("no %s events", typ)
		}
	}
	if stats.Facts <= stats.TotalEvents() {
		t.Errorf("%d facts for %d events: no event was re-reported by a second article", stats.Facts, stats.TotalEvents())
	}
}

func TestNewRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{{Events: 0, Actors: 100}, {Events: 10, Actors: 3}} {
		if _, err := New(cfg); domain.CodeOf(err) != domain.EInvalid {
			t.Errorf("New(%+v) = %v, want BAD_USER_INPUT", cfg, err)
		}
	}
}

// Article i re-reports events of article i-ReReportLag only: Load relies
// on it to write articles in parallel without one waiting on another.
func TestArticlesReReportFromReReportLagBack(t *testing.T) {
	sets, stats := collect(t, Config{Events: 2400, Actors: 200, Seed: 11, EventsPerArticle: 300})
	articles := sets[1:]
	firstIn := map[string]int{} // event id -> the article that first reported it
	reReports := 0
	for i, fs := range articles {
		for _, r := range fs.EventRecords(domain.FuzzyDate{}) {
			first, seen := firstIn[r.ID]
			if !seen {
				firstIn[r.ID] = i
				continue
			}
			reReports++
			if first != i-ReReportLag {
				t.Fatalf("article %d re-reports %s of article %d, want only article %d's", i, r.ID, first, i-ReReportLag)
			}
		}
	}
	if reReports == 0 || stats.Facts-stats.TotalEvents() != reReports {
		t.Fatalf("%d re-reports found, stats say %d", reReports, stats.Facts-stats.TotalEvents())
	}
}
