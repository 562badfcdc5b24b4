package loaders_test

import (
	"context"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/source"
	"github.com/eventgraph/eventgraph/store"
)

// TestArticlesNamingOneCountryTwoWaysGiveOneActor: the extractor prints
// the form an article writes ("Britain" in one, "United Kingdom" in the
// other), and the graph still holds one actor, shown by the gazetteer's
// name whichever article came first, with both articles' meetings on it.
func TestArticlesNamingOneCountryTwoWaysGiveOneActor(t *testing.T) {
	pub, _ := source.ParseDate("2025-03-12T08:00:00Z")
	britain := domain.Article{URL: "https://example.test/britain", PublishedAt: pub, Text: "Border patrols\n\n" +
		"Britain held talks with France in Paris on Monday about patrols of the Channel.\n\n" +
		`"We will work together," a spokesman for Britain's Home Office said.`}
	kingdom := domain.Article{URL: "https://example.test/kingdom", PublishedAt: pub.AddDate(0, 0, 2), Text: "Channel crossings\n\n" +
		"The United Kingdom held talks with France in London on Friday about small boats.\n\n" +
		"Officials from the UK said the talks had been useful."}
	for _, a := range []*domain.Article{&britain, &kingdom} {
		if err := a.Seal(); err != nil {
			t.Fatal(err)
		}
	}
	fs, err := rules.New().Extract(context.Background(), britain, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(fs.Actors, func(a domain.ActorFact) bool {
		return a.Name == "Britain" && slices.Contains(a.Aliases, "United Kingdom")
	}) {
		t.Fatalf("the Britain article's actors %+v: want Britain, with United Kingdom among its aliases", fs.Actors)
	}
	for name, order := range map[string][]domain.Article{"Britain first": {britain, kingdom}, "United Kingdom first": {kingdom, britain}} {
		t.Run(name, func(t *testing.T) {
			s := neo4jtest.Store(t)
			ctx := context.Background()
			in := loaders.NewIngester(s, rules.New())
			for _, a := range order {
				if _, err := in.Ingest(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			known, err := s.ActorsByNames(ctx, []string{"Britain", "United Kingdom", "UK"})
			if err != nil {
				t.Fatal(err)
			}
			for _, k := range []string{"britain", "united kingdom", "uk"} {
				if len(known[k]) != 1 || known[k][0].ID != known["britain"][0].ID {
					t.Fatalf("%q should name the one actor Britain names: %+v", k, known)
				}
			}
			uk := known["britain"][0]
			if uk.Name != "United Kingdom" || uk.ID != "united-kingdom" {
				t.Errorf("the actor is %q (%s), want the gazetteer's United Kingdom (united-kingdom)", uk.Name, uk.ID)
			}
			p, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{uk.ID}, Types: []domain.EventType{domain.TypeMeeting}},
				store.TimelinePage{First: 10})
			if err != nil || len(p.Events) != 2 {
				t.Fatalf("the two articles' talks with France on the one actor: %+v %v", p.Events, err)
			}
		})
	}
}
