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
	sets, stats := collect(t, Config{Events: 3000, Actors: 300, Seed: 7, EventsPerArticle: 1000})
	if len(sets) != 3 || stats.Articles != 3 {
		t.Fatalf("got %d sets, stats say %d articles; want 3", len(sets), stats.Articles)
	}
	if stats.TotalEvents() != 3000 {
		t.Fatalf("stats count %d events, want 3000", stats.TotalEvents())
	}
	for i, fs := range sets {
		if err := fs.Validate(); err != nil {
			t.Fatalf("set %d: %v", i, err)
		}
		check := func(what string, ev domain.Evidence) {
			if got := fs.Article.Text[ev.Start:ev.End]; got != ev.Sentence {
				t.Fatalf("set %d %s: span %d-%d reads %q, want %q", i, what, ev.Start, ev.End, got, ev.Sentence)
			}
		}
		for _, m := range fs.Meetings {
			if n := len(m.Participants); n < 2 || n > 5 {
				t.Fatalf("a meeting has %d participants", n)
			}
			check("meeting", m.Evidence)
		}
		for _, s := range fs.Statements {
			check("statement", s.Evidence)
		}
		for _, x := range fs.Interactions {
			check("interaction", x.Evidence)
		}
		for _, p := range fs.PolicyShifts {
			check("policy shift", p.Evidence)
		}
		for _, o := range fs.OtherEvents {
			check("other event", o.Evidence)
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
