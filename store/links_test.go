package store_test

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// secondMeetingFacts is another article with one more meeting of the two
// ministers of summitFacts, a month later.
func secondMeetingFacts(url string) domain.FactSet {
	text := "Ana Ferreira and Kenji Sato met again in Osaka."
	return domain.FactSet{
		Article: sealed(domain.Article{URL: url, Title: "Ministers meet again", Publisher: "Test Wire",
			PublishedAt: time.Date(2024, 4, 9, 12, 0, 0, 0, time.UTC), Text: text}),
		Actors: []domain.ActorFact{
			{ID: "ana-ferreira", Name: "Ana Ferreira", Kind: domain.KindPerson},
			{ID: "kenji-sato", Name: "Kenji Sato", Kind: domain.KindPerson},
		},
		Meetings: []domain.MeetingFact{{Participants: []string{"ana-ferreira", "kenji-sato"}, Place: "Osaka",
			When: day(2024, 4, 8), Evidence: domain.Evidence{Sentence: text, Start: 0, End: len([]rune(text)),
				Extractor: "test/1", Confidence: 0.9}}},
	}
}

// TestLinkedEdgesCountSharedEvents checks the LINKED edges that paths walk:
// one per pair of actors sharing events, keyed "x|y", counting the events,
// kept exact by writes, rewrites of the same article and retractions, and
// rebuilt by Migrate for graphs written before they (or their keys)
// existed.
func TestLinkedEdgesCountSharedEvents(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	first, second := summitFacts("https://example.test/links-1"), secondMeetingFacts("https://example.test/links-2")
	for _, fs := range []domain.FactSet{first, second, second} { // the repeat must change nothing
		mustWrite(t, s, fs)
	}
	want := map[string]int{
		"ana-ferreira|kenji-sato": 2, // two meetings
		"kenji-sato|portugal":     1, // the accusation
		"ana-ferreira|rita-lobo":  1, // the statement made for her
	}
	checkLinks(t, s, "after two articles", want)

	for _, keysOnly := range []bool{true, false} {
		if err := s.AgeLinksForTest(ctx, keysOnly); err != nil {
			t.Fatal(err)
		}
		if err := s.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		checkLinks(t, s, map[bool]string{true: "after Migrate on edges without keys", false: "after Migrate on a graph without edges"}[keysOnly], want)
	}

	second.Article.Seal()
	if _, err := s.RetractArticle(ctx, second.Article.ID); err != nil {
		t.Fatal(err)
	}
	want["ana-ferreira|kenji-sato"] = 1
	checkLinks(t, s, "after retracting the second article", want)

	first.Article.Seal()
	if _, err := s.RetractArticle(ctx, first.Article.ID); err != nil {
		t.Fatal(err)
	}
	checkLinks(t, s, "after retracting both", map[string]int{})
}

func checkLinks(t *testing.T, s *store.Store, when string, want map[string]int) {
	t.Helper()
	got, keys, err := s.LinksForTest(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(got, want) {
		t.Errorf("%s: LINKED counts %v, want %v", when, got, want)
	}
	for ends, key := range keys {
		if key != ends {
			t.Errorf("%s: LINKED edge %s has key %q", when, ends, key)
		}
	}
}

// A neighborhood decides who joins on each actor's latest events, but its
// edges weigh every event a pair shares: here more than the sample holds.
func TestNeighborhoodWeightsCountEverySharedEvent(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	var text strings.Builder
	fs := domain.FactSet{Article: &domain.Article{URL: "https://example.test/hub", Title: "A year of meetings",
		Publisher: "Test Wire", PublishedAt: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
		Actors: []domain.ActorFact{{ID: "hub-a", Name: "Hub A", Kind: domain.KindPerson},
			{ID: "pal-b", Name: "Pal B", Kind: domain.KindPerson}, {ID: "pal-c", Name: "Pal C", Kind: domain.KindPerson}}}
	meet := func(i int, other string) {
		sentence := fmt.Sprintf("Hub A met %s for the %dth time.", other, i)
		start := utf8.RuneCountInString(text.String())
		text.WriteString(sentence + " ")
		d := domain.DayOf(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i))
		fs.Meetings = append(fs.Meetings, domain.MeetingFact{Participants: []string{"hub-a", other}, When: &d,
			Evidence: domain.Evidence{Sentence: sentence, Start: start, End: start + utf8.RuneCountInString(sentence),
				Extractor: "test/1", Confidence: 0.9}})
	}
	for i := 0; i < 250; i++ {
		meet(i, "pal-b")
	}
	for i := 250; i < 260; i++ { // the latest ten: the hub's sample holds only 190 with B
		meet(i, "pal-c")
	}
	fs.Article.Text = text.String()
	fs.Article = sealed(*fs.Article)
	mustWrite(t, s, fs)
	nb, err := s.Neighborhood(ctx, "hub-a", 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range nb.Edges {
		got[e.Source+"|"+e.Target] = e.Weight
	}
	want := map[string]int{"hub-a|pal-b": 250, "hub-a|pal-c": 10}
	if !maps.Equal(got, want) || len(nb.Nodes) != 3 {
		t.Fatalf("nodes %+v, edge weights %v; want 3 nodes and %v", nb.Nodes, got, want)
	}
}
