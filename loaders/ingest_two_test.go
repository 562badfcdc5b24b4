package loaders_test

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

func TestTwoArticlesOnOneMeetingGiveOneMeetingWithTwoSources(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	in := loaders.NewIngester(s, rules.New())
	a := readSeed(t, "article.txt")
	b := a
	b.URL, b.ID = "https://example.test/seed-syndicated", ""
	if err := b.Seal(); err != nil {
		t.Fatal(err)
	}
	for _, art := range []domain.Article{a, b} {
		if _, err := in.Ingest(ctx, art); err != nil {
			t.Fatal(err)
		}
	}
	events := eventsOf(t, s)
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	srcs, err := s.SourcesOf(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	meetings := 0
	for _, e := range events {
		if e.Type == domain.TypeMeeting {
			meetings++
			if len(srcs[e.ID]) != 2 {
				t.Errorf("meeting %s has %d sources, want 2", e.Title, len(srcs[e.ID]))
			}
		}
	}
	if meetings < 3 {
		t.Fatalf("%d meetings, want the seed's three, each once", meetings)
	}
	// One person stays one actor across articles: the second article's
	// mentions resolved to the first's actors.
	actors, _ := s.AllActors(ctx)
	seen := map[string]bool{}
	for _, x := range actors {
		if seen[x.Name] {
			t.Errorf("actor %q exists twice", x.Name)
		}
		seen[x.Name] = true
	}
	// Retracting one article keeps every event (the other still supports it).
	rep, err := s.RetractArticle(ctx, domain.ArticleID(b.URL, ""))
	if err != nil || rep.EventsRemoved != 0 {
		t.Fatalf("retract: %+v %v", rep, err)
	}
	if n := len(eventsOf(t, s)); n != len(events) {
		t.Fatalf("events after retracting the copy: %d, want %d", n, len(events))
	}
}
