package store_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/synthetic"
)

// undatedFacts is an article in which each of speakers says something
// with no date given: events of unknown date, counted on the article's day.
func undatedFacts(url string, published time.Time, speakers ...string) domain.FactSet {
	fs := domain.FactSet{Article: &domain.Article{URL: url, Title: "Undated remarks", Publisher: "Test Wire", PublishedAt: published}}
	var text strings.Builder
	for i, sp := range speakers {
		sentence := fmt.Sprintf("%s said: \"We remain open to talks, number %d.\"", sp, i)
		start := len([]rune(text.String()))
		text.WriteString(sentence + " ")
		fs.Actors = append(fs.Actors, domain.ActorFact{ID: sp, Name: sp, Kind: domain.KindPerson})
		fs.Statements = append(fs.Statements, domain.StatementFact{Speaker: sp, Quote: fmt.Sprintf("We remain open to talks, number %d.", i),
			Evidence: domain.Evidence{Sentence: sentence, Start: start, End: start + len([]rune(sentence)), Extractor: "test/1", Confidence: 0.9}})
	}
	fs.Article.Text = text.String()
	fs.Article = sealed(*fs.Article)
	return fs
}

// TestActorHistogramFromTalliesAnswersAsTheEventsDo holds one actor's
// histogram, read from its month tallies, and its undated counts, read by
// following the actor, to what counting its events answers: after a
// parallel load, undated articles, a rejection and its undoing, a date
// correction, a correction of participants, a merge and its undoing, a
// retraction, and the migration
// that builds the tallies of an older graph.
func TestActorHistogramFromTalliesAnswersAsTheEventsDo(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	g, err := synthetic.New(synthetic.Config{Events: 1200, Actors: 40, Seed: 7, EventsPerArticle: 300})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := synthetic.Load(ctx, s, g, 2, nil); err != nil {
		t.Fatal(err)
	}
	a0, a1, a2 := g.ActorID(0), g.ActorID(1), g.ActorID(2)
	var undated string
	for i, url := range []string{"https://example.test/undated-1", "https://example.test/undated-2"} {
		rep, err := s.WriteFacts(ctx, undatedFacts(url, time.Date(2023, time.Month(3+i), 9, 12, 0, 0, 0, time.UTC), a0, a1, a2))
		if err != nil {
			t.Fatal(err)
		}
		undated = rep.ArticleID
	}
	actors := []string{a0, a1, a2, g.ActorID(5), g.ActorID(20)}
	filters := func(id string) []store.TimelineFilter {
		after := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
		return []store.TimelineFilter{{Actors: []string{id}},
			{Actors: []string{id}, Types: []domain.EventType{domain.TypeMeeting, domain.TypeStatement}},
			{Actors: []string{id}, From: &after}}
	}
	check := func(step string) {
		t.Helper()
		for _, id := range actors {
			for _, f := range filters(id) {
				for _, b := range []store.Bucket{store.BucketMonth, store.BucketYear, store.BucketDay} {
					opt := store.HistogramOptions{UnknownDates: true}
					got, err := s.TimelineHistogram(ctx, f, b, opt)
					if err != nil {
						t.Fatal(err)
					}
					want, err := s.TimelineHistogramScanningForTest(ctx, f, b, opt)
					if err != nil {
						t.Fatal(err)
					}
					if len(want) == 0 && id != a2 { // a2 is merged away for one step
						t.Fatalf("%s: %s has no events", step, id)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s: %s %+v by %s:\n got %+v\nwant %+v", step, id, f, b, got, want)
					}
				}
			}
		}
	}
	check("written")

	page, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{a0}}, store.TimelinePage{First: 2, Desc: true})
	if err != nil || len(page.Events) < 2 {
		t.Fatalf("timeline of %s: %v %v", a0, page.Events, err)
	}
	cur := domain.Curation{By: "test"}
	if err := s.RejectEvent(ctx, page.Events[0].ID, cur); err != nil {
		t.Fatal(err)
	}
	check("rejected")
	if _, err := s.RestoreEvent(ctx, page.Events[0].ID, cur); err != nil {
		t.Fatal(err)
	}
	check("restored")
	moved := domain.Month(2021, time.February)
	if _, err := s.CorrectEvent(ctx, page.Events[1].ID, domain.EventCorrection{When: &moved}, cur); err != nil {
		t.Fatal(err)
	}
	check("date corrected")
	meetings, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{a0}, Types: []domain.EventType{domain.TypeMeeting}}, store.TimelinePage{First: 1})
	if err != nil || len(meetings.Events) == 0 {
		t.Fatalf("meetings of %s: %v %v", a0, meetings.Events, err)
	}
	if _, err := s.CorrectEvent(ctx, meetings.Events[0].ID, domain.EventCorrection{Participants: []string{a1, g.ActorID(5)}}, cur); err != nil {
		t.Fatal(err)
	}
	check("participants corrected")
	if _, err := s.MergeActors(ctx, a1, a2, cur); err != nil {
		t.Fatal(err)
	}
	check("merged")
	if _, err := s.UnmergeActors(ctx, a2, cur); err != nil {
		t.Fatal(err)
	}
	check("unmerged")
	if _, err := s.RetractArticle(ctx, undated); err != nil {
		t.Fatal(err)
	}
	check("retracted")
	if err := s.DropActorTalliesForTest(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	check("migrated")
}
