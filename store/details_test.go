package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// A read that omits groups of properties (Details.Omit) differs from a
// whole one only in the fields those groups name: the same events,
// involvements, sources, places and articles otherwise.
func TestOmittedDetailsLeaveOutOnlyTheirFields(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	writeRing(t, s, 8, 40)
	whole := store.Details{Involvements: true, Sources: true, Places: true}
	// blank clears in a whole read what the groups of o leave out, and
	// fails when the whole read has nothing there: the comparison would
	// then say nothing.
	blank := func(t *testing.T, d *store.EventDetails, o store.Omit) {
		for id, invs := range d.Involvements {
			for i := range invs {
				a := &invs[i].Actor
				if a.Kind == "" || len(a.Aliases) == 0 || a.Description == "" {
					t.Fatalf("event %s: whole read lost %s's kind, aliases or description", id, a.ID)
				}
				if o&store.OmitActorKind != 0 {
					a.Kind = ""
				}
				if o&store.OmitActorText != 0 {
					a.Aliases, a.Description = []string{}, ""
				}
			}
		}
		for id, srcs := range d.Sources {
			for i := range srcs {
				e := &srcs[i].Evidence
				if e.End == 0 || e.Extractor == "" || e.Confidence == 0 {
					t.Fatalf("event %s: whole read lost a source's span, extractor or confidence", id)
				}
				if o&store.OmitSourceSpan != 0 {
					e.Start, e.End = 0, 0
				}
				if o&store.OmitSourceExtraction != 0 {
					e.Extractor, e.Confidence = "", 0
				}
			}
		}
		for id, art := range d.Articles {
			if art.URL == "" || art.Publisher == "" || art.Language == "" || art.PublishedAt.IsZero() {
				t.Fatalf("article %s: whole read lost its URL, publisher, language or date", id)
			}
			if o&store.OmitArticleOrigin != 0 {
				art.URL, art.Publisher, art.Language = "", "", ""
			}
			if o&store.OmitArticleDate != 0 {
				art.PublishedAt = time.Time{}
			}
			d.Articles[id] = art
		}
		if len(d.Involvements) < 10 || len(d.Sources) < 10 || len(d.Articles) == 0 {
			t.Fatalf("only %d involvements, %d sources and %d articles read: too few to compare",
				len(d.Involvements), len(d.Sources), len(d.Articles))
		}
	}
	for _, o := range []store.Omit{store.OmitActorKind, store.OmitActorText, store.OmitArticleOrigin, store.OmitArticleDate,
		store.OmitSourceSpan, store.OmitSourceExtraction, store.OmitAll} {
		for _, f := range []store.TimelineFilter{{}, {Actors: []string{"ring-02"}}} {
			t.Run(fmt.Sprintf("omit %06b, actors %v", o, f.Actors), func(t *testing.T) {
				page := store.TimelinePage{First: 20, Desc: true, With: whole}
				want, err := s.Timeline(ctx, f, page)
				if err != nil {
					t.Fatal(err)
				}
				page.With.Omit = o
				got, err := s.Timeline(ctx, f, page)
				if err != nil {
					t.Fatal(err)
				}
				if len(want.Events) != 20 || !reflect.DeepEqual(got.Events, want.Events) || got.HasNext != want.HasNext {
					t.Fatalf("the page omitting fields has other events (%d, want %d)", len(got.Events), len(want.Events))
				}
				if reflect.DeepEqual(got.Details, want.Details) {
					t.Fatal("omitting fields changed nothing")
				}
				blank(t, want.Details, o)
				if !reflect.DeepEqual(got.Details, want.Details) {
					t.Fatalf("details\n%+v\nwant (whole, omitted fields blanked)\n%+v", got.Details, want.Details)
				}
			})
		}
	}
}

// A projected read (Details.Events) holds exactly the properties it names
// — id, type and sort key always — and the same events, in the same order,
// with the same details, as a whole read; for one actor's page and for
// many actors' pages alike.
func TestProjectedEventsHoldTheNamedPropertiesOnly(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	writeRing(t, s, 8, 40)
	keep := func(e domain.Event, p store.EventProps) domain.Event {
		out := domain.Event{ID: e.ID, Type: e.Type, SortKey: e.SortKey}
		if p.Title {
			out.Title = e.Title
		}
		if p.Summary {
			out.Summary = e.Summary
		}
		if p.When {
			d := domain.FuzzyDate{Start: e.When.Start, Precision: e.When.Precision}
			if p.WhenEnd {
				d.End = e.When.End
			}
			if p.WhenText {
				d.Text = e.When.Text
			}
			out.When = &d
		}
		if p.Reported {
			out.Reported = e.Reported
		}
		return out
	}
	details := store.Details{Involvements: true, Sources: true, Omit: store.OmitAll}
	for _, tc := range []struct {
		name  string
		with  store.Details
		props store.EventProps
	}{
		{"title and date, with details", details, store.EventProps{Project: true, Title: true, When: true}},
		{"every group, with details", details, store.EventProps{Project: true, Title: true, Summary: true, When: true, WhenEnd: true,
			WhenText: true, Reported: true}},
		{"a date's end but not its words", details, store.EventProps{Project: true, When: true, WhenEnd: true}},
		{"a date's words but not its end, participants", store.Details{Participants: true}, store.EventProps{Project: true, When: true, WhenText: true}},
		{"identity only, no details", store.Details{}, store.EventProps{Project: true}},
		{"reported only, sources only", store.Details{Sources: true}, store.EventProps{Project: true, Reported: true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			projected := tc.with
			projected.Events = tc.props
			f := store.TimelineFilter{Actors: []string{"ring-02"}}
			whole, err := s.Timeline(ctx, f, store.TimelinePage{First: 15, Desc: true, With: tc.with})
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Timeline(ctx, f, store.TimelinePage{First: 15, Desc: true, With: projected})
			if err != nil {
				t.Fatal(err)
			}
			many, err := s.Timelines(ctx, []string{"ring-02", "ring-05"}, store.TimelineFilter{}, store.TimelinePage{First: 15, Desc: true, With: projected})
			if err != nil {
				t.Fatal(err)
			}
			if len(whole.Events) != 15 || len(got.Events) != 15 || got.HasNext != whole.HasNext {
				t.Fatalf("%d projected events, %d whole", len(got.Events), len(whole.Events))
			}
			dropped := 0
			for i, e := range whole.Events {
				if e.Title == "" || e.When == nil || e.When.End.IsZero() || e.When.Text == "" || e.Reported.Start.IsZero() {
					t.Fatalf("whole event %s lacks a title, a date with its end and words or a report date: nothing to compare", e.ID)
				}
				want := keep(e, tc.props)
				if !reflect.DeepEqual(got.Events[i], want) {
					t.Fatalf("event %d:\n got %+v\nwant %+v", i, got.Events[i], want)
				}
				if !reflect.DeepEqual(many["ring-02"].Events[i], want) {
					t.Fatalf("actor pages, event %d:\n got %+v\nwant %+v", i, many["ring-02"].Events[i], want)
				}
				if !reflect.DeepEqual(want, e) {
					dropped++
				}
			}
			if !tc.props.WhenText && dropped == 0 {
				t.Fatal("the projection left out nothing the whole read had")
			}
			if !reflect.DeepEqual(got.Details, whole.Details) || !reflect.DeepEqual(many["ring-02"].Details, whole.Details) {
				t.Fatalf("projected details differ from whole ones")
			}
		})
	}
}

// A detailed read lists an event's sources as the sources' own read does:
// by their articles' publication, whatever order they were written in.
func TestDetailedSourcesComeInPublicationOrder(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	day := domain.Day(2024, 5, 1)
	// The same meeting reported three times, the later reports written
	// first.
	for i, published := range []time.Time{time.Date(2024, 5, 9, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC), time.Date(2024, 5, 5, 0, 0, 0, 0, time.UTC)} {
		sentence := fmt.Sprintf("Report %d: the envoys met.", i)
		fs := domain.FactSet{
			Article: sealed(domain.Article{URL: fmt.Sprintf("https://invented.test/envoys/%d", i), Title: fmt.Sprintf("Envoys %d", i),
				PublishedAt: published, Text: sentence}),
			Actors: []domain.ActorFact{{ID: "envoy-a", Name: "Envoy A", Kind: domain.KindPerson},
				{ID: "envoy-b", Name: "Envoy B", Kind: domain.KindPerson}},
			Meetings: []domain.MeetingFact{{Participants: []string{"envoy-a", "envoy-b"}, When: &day,
				Evidence: domain.Evidence{Sentence: sentence, Start: 0, End: len(sentence), Extractor: "test/1", Confidence: 0.7}}},
		}
		mustWrite(t, s, fs)
	}
	for _, omit := range []store.Omit{0, store.OmitArticleDate, store.OmitAll} {
		page, err := s.Timeline(ctx, store.TimelineFilter{Actors: []string{"envoy-a"}},
			store.TimelinePage{First: 5, With: store.Details{Sources: true, Omit: omit}})
		if err != nil || len(page.Events) != 1 {
			t.Fatalf("omit %06b: %d events, %v", omit, len(page.Events), err)
		}
		id := page.Events[0].ID
		want, err := s.SourcesOf(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		got := page.Details.Sources[id]
		if omit == store.OmitAll {
			for i := range want[id] {
				want[id][i].Start, want[id][i].End, want[id][i].Extractor, want[id][i].Confidence = 0, 0, "", 0
			}
		}
		if len(got) != 3 || !reflect.DeepEqual(got, want[id]) {
			t.Fatalf("omit %06b: sources\n%+v\nwant\n%+v", omit, got, want[id])
		}
		if got[0].Sentence != "Report 1: the envoys met." || got[2].Sentence != "Report 0: the envoys met." {
			t.Fatalf("omit %06b: sources not in publication order: %+v", omit, got)
		}
		for _, a := range page.Details.Articles {
			if omit&store.OmitArticleDate != 0 && !a.PublishedAt.IsZero() {
				t.Fatalf("an article read without its date kept it: %+v", a)
			}
		}
	}
}

// A page read with Participants holds the actors a read with Involvements
// holds, once each and without roles.
func TestParticipantsAreTheInvolvedActorsWithoutRoles(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	writeRing(t, s, 8, 40)
	// One actor in two roles: ring-01 is spoken for and spoken about.
	day := domain.Day(2023, 6, 1)
	sentence := "Ring Person 00, for Ring Person 01, praised Ring Person 01."
	if _, err := s.WriteFacts(ctx, domain.FactSet{
		Article: sealed(domain.Article{URL: "https://invented.test/ring/dual", Title: "Dual", PublishedAt: time.Date(2023, 6, 2, 0, 0, 0, 0, time.UTC),
			Text: sentence}),
		Actors: []domain.ActorFact{{ID: "ring-00", Name: "Ring Person 00", Kind: domain.KindPerson}, {ID: "ring-01", Name: "Ring Person 01", Kind: domain.KindPerson}},
		Statements: []domain.StatementFact{{Speaker: "ring-00", OnBehalfOf: "ring-01", About: []string{"ring-01"}, Paraphrase: "praise",
			When: &day, Evidence: domain.Evidence{Sentence: sentence, End: len(sentence), Extractor: "test/1", Confidence: 0.9}}},
	}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []store.TimelineFilter{{}, {Actors: []string{"ring-03"}}} {
		page := store.TimelinePage{First: 30, Desc: true, With: store.Details{Involvements: true}}
		withRoles, err := s.Timeline(ctx, f, page)
		if err != nil {
			t.Fatal(err)
		}
		page.With = store.Details{Participants: true}
		without, err := s.Timeline(ctx, f, page)
		if err != nil {
			t.Fatal(err)
		}
		if len(withRoles.Events) != 30 || !reflect.DeepEqual(without.Events, withRoles.Events) {
			t.Fatalf("filter %+v: %d events read with roles, %d without", f, len(withRoles.Events), len(without.Events))
		}
		repeated := 0
		for _, e := range withRoles.Events {
			want := map[string]domain.Actor{}
			for _, inv := range withRoles.Details.Involvements[e.ID] {
				if inv.Role == "" {
					t.Fatalf("event %s: a read with roles has an involvement without one", e.ID)
				}
				if _, ok := want[inv.Actor.ID]; ok {
					repeated++
				}
				want[inv.Actor.ID] = inv.Actor
			}
			got := map[string]domain.Actor{}
			for _, inv := range without.Details.Involvements[e.ID] {
				if inv.Role != "" {
					t.Fatalf("event %s: a read without roles has role %s", e.ID, inv.Role)
				}
				if _, ok := got[inv.Actor.ID]; ok {
					t.Fatalf("event %s: %s read twice without roles", e.ID, inv.Actor.ID)
				}
				got[inv.Actor.ID] = inv.Actor
			}
			if len(want) == 0 || !reflect.DeepEqual(got, want) {
				t.Fatalf("event %s: participants\n%+v\nwant\n%+v", e.ID, got, want)
			}
		}
		if f.Actors == nil && repeated == 0 {
			t.Fatal("no actor had two roles in one event: the reads' dedupe went untested")
		}
	}
}
