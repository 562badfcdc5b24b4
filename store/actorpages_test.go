package store_test

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// ringFacts is an invented ring of n people over two articles. On day i
// of 2023 person i%n meets persons i+1 and i+3 (mod n) in one of five
// cities, person 7i%n makes a statement about person i+2, and person i%n
// praises or criticises person i+5: every person has meetings, statements
// and interactions in both directions, in more than one article.
func ringFacts(n, days int) []domain.FactSet {
	pid := func(i int) string { return fmt.Sprintf("ring-%02d", i%n) }
	var sets []domain.FactSet
	for part := 0; part < 2; part++ {
		var text strings.Builder
		ev := func(sentence string) domain.Evidence {
			start := utf8.RuneCountInString(text.String())
			text.WriteString(sentence + " ")
			return domain.Evidence{Sentence: sentence, Start: start, End: start + utf8.RuneCountInString(sentence),
				Extractor: "test/1", Confidence: 0.8}
		}
		fs := domain.FactSet{Article: &domain.Article{URL: fmt.Sprintf("https://invented.test/ring/%d", part),
			Title: fmt.Sprintf("The ring, part %d", part), Publisher: "Invented Wire", Language: "en",
			PublishedAt: time.Date(2024, 1, 1+part, 0, 0, 0, 0, time.UTC)}}
		for i := 0; i < n; i++ {
			fs.Actors = append(fs.Actors, domain.ActorFact{ID: pid(i), Name: fmt.Sprintf("Ring Person %02d", i), Kind: domain.KindPerson,
				Aliases: []string{fmt.Sprintf("RP%02d", i)}, Description: fmt.Sprintf("Person %d of the invented ring.", i)})
		}
		for i := part; i < days; i += 2 {
			d := domain.DayOf(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i)).WithText(fmt.Sprintf("on day %d", i))
			fs.Meetings = append(fs.Meetings, domain.MeetingFact{Participants: []string{pid(i), pid(i + 1), pid(i + 3)},
				When: &d, Place: fmt.Sprintf("City %d", i%5), Evidence: ev(fmt.Sprintf("Meeting %d was held.", i))})
			fs.Statements = append(fs.Statements, domain.StatementFact{Speaker: pid(7 * i), About: []string{pid(i + 2)},
				Quote: fmt.Sprintf("Remark number %d.", i), When: &d, Evidence: ev(fmt.Sprintf("Someone said: Remark number %d.", i))})
			kind := domain.InteractPraise
			if i%3 == 0 {
				kind = domain.InteractCriticize
			}
			fs.Interactions = append(fs.Interactions, domain.InteractionFact{Source: pid(i), Target: pid(i + 5), Kind: kind,
				When: &d, Evidence: ev(fmt.Sprintf("Interaction %d happened.", i))})
		}
		fs.Article.Text = text.String()
		fs.Article = sealed(*fs.Article)
		sets = append(sets, fs)
	}
	return sets
}

func writeRing(t *testing.T, s *store.Store, n, days int) []string {
	t.Helper()
	for _, fs := range ringFacts(n, days) {
		if _, err := s.WriteFacts(context.Background(), fs); err != nil {
			t.Fatal(err)
		}
	}
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("ring-%02d", i)
	}
	return ids
}

func TestTimelinesEqualEachActorsTimeline(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	actors := append(writeRing(t, s, 12, 60), "nobody", "ring-03") // one unknown, one repeated
	all, err := s.Timeline(ctx, store.TimelineFilter{}, store.TimelinePage{First: 100})
	if err != nil || len(all.Events) < 100 {
		t.Fatalf("ring timeline: %d events, %v", len(all.Events), err)
	}
	mid := all.Events[len(all.Events)/2].SortKey
	from, to := time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC), time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC)
	details := store.Details{Involvements: true, Sources: true, Places: true}
	trimmed := details
	trimmed.Omit = store.OmitAll
	for _, tc := range []struct {
		name string
		f    store.TimelineFilter
		p    store.TimelinePage
	}{
		{"newest five with details", store.TimelineFilter{}, store.TimelinePage{First: 5, Desc: true, With: details}},
		{"newest five with trimmed details", store.TimelineFilter{}, store.TimelinePage{First: 5, Desc: true, With: trimmed}},
		{"oldest three meetings", store.TimelineFilter{Types: []domain.EventType{domain.TypeMeeting}}, store.TimelinePage{First: 3}},
		{"statements and interactions in a window", store.TimelineFilter{Types: []domain.EventType{domain.TypeStatement, domain.TypeInteraction},
			From: &from, To: &to}, store.TimelinePage{First: 4, Desc: true, With: store.Details{Sources: true}}},
		{"after a cursor, newest first", store.TimelineFilter{}, store.TimelinePage{First: 5, After: mid, Desc: true, With: details}},
		{"after a cursor, oldest first", store.TimelineFilter{}, store.TimelinePage{First: 5, After: mid, With: store.Details{Involvements: true}}},
		{"window and cursor", store.TimelineFilter{From: &from, To: &to}, store.TimelinePage{First: 2, After: mid}},
		{"none", store.TimelineFilter{}, store.TimelinePage{First: 0, Desc: true}},
		{"all of them", store.TimelineFilter{}, store.TimelinePage{First: 100, With: store.Details{Places: true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pages, err := s.Timelines(ctx, actors, tc.f, tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != len(actors)-1 {
				t.Fatalf("%d pages for %d distinct actors", len(pages), len(actors)-1)
			}
			nonEmpty := 0
			for _, id := range actors {
				f := tc.f
				f.Actors = []string{id}
				want, err := s.Timeline(ctx, f, tc.p)
				if err != nil {
					t.Fatal(err)
				}
				got, ok := pages[id]
				if !ok {
					t.Fatalf("no page for %s", id)
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: batched page\n%+v\nwant\n%+v", id, summary(got), summary(want))
				}
				if len(got.Events) > 0 {
					nonEmpty++
				}
			}
			if tc.p.First > 0 && nonEmpty < len(actors)/2 {
				t.Fatalf("only %d of %d actors have events: the comparison says little", nonEmpty, len(actors))
			}
		})
	}
}

func summary(p store.EventPage) string {
	var ids []string
	for _, e := range p.Events {
		ids = append(ids, e.SortKey)
	}
	return fmt.Sprintf("events %v hasNext %v details %+v", ids, p.HasNext, p.Details)
}

func TestTimelinesRejectText(t *testing.T) {
	s := neo4jtest.Store(t)
	if _, err := s.Timelines(context.Background(), []string{"a"}, store.TimelineFilter{Text: "grain"}, store.TimelinePage{First: 1}); err == nil {
		t.Fatal("a text filter was accepted")
	}
}

func TestCounterpartsOfCountsSharedMeetingsAndInteractions(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	const n, days = 10, 40
	actors := writeRing(t, s, n, days)
	// The expectation, counted from the facts themselves.
	type tally struct{ meetings, interactions int }
	want := map[string]map[string]*tally{}
	add := func(a, b string, meeting bool) {
		if want[a] == nil {
			want[a] = map[string]*tally{}
		}
		if want[a][b] == nil {
			want[a][b] = &tally{}
		}
		if meeting {
			want[a][b].meetings++
		} else {
			want[a][b].interactions++
		}
	}
	for _, fs := range ringFacts(n, days) {
		for _, m := range fs.Meetings {
			for _, a := range m.Participants {
				for _, b := range m.Participants {
					if a != b {
						add(a, b, true)
					}
				}
			}
		}
		for _, x := range fs.Interactions {
			add(x.Source, x.Target, false)
			add(x.Target, x.Source, false)
		}
	}
	for _, first := range []int{3, 100} {
		got, err := s.CounterpartsOf(ctx, append(actors, "nobody"), first)
		if err != nil {
			t.Fatal(err)
		}
		if cps, ok := got["nobody"]; !ok || len(cps) != 0 {
			t.Fatalf("nobody's counterparts: %+v, %v", cps, ok)
		}
		for _, id := range actors {
			var exp []string
			for other, c := range want[id] {
				exp = append(exp, fmt.Sprintf("%03d %s m%d i%d", 999-(c.meetings+c.interactions), other, c.meetings, c.interactions))
			}
			sort.Strings(exp) // most shared events first, then by id
			if len(exp) > first {
				exp = exp[:first]
			}
			var have []string
			for _, c := range got[id] {
				have = append(have, fmt.Sprintf("%03d %s m%d i%d", 999-c.Events, c.ActorID, c.Meetings, c.Interactions))
			}
			if fmt.Sprint(have) != fmt.Sprint(exp) {
				t.Fatalf("first %d of %s: %v, want %v", first, id, have, exp)
			}
			one, err := s.Counterparts(ctx, id, first)
			if err != nil || !reflect.DeepEqual(one, got[id]) {
				t.Fatalf("%s alone: %+v %v, in a batch: %+v", id, one, err, got[id])
			}
		}
	}
}
