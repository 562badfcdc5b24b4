package store_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// A trimmed read differs from a whole one only in the fields Trim names:
// the same events, involvements, sources, places and articles otherwise.
func TestTrimmedDetailsLeaveOutOnlyTheTrimmedFields(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	writeRing(t, s, 8, 40)
	whole := store.Details{Involvements: true, Sources: true, Places: true}
	trimmed := whole
	trimmed.Trim = true
	for _, f := range []store.TimelineFilter{{}, {Actors: []string{"ring-02"}}} {
		page := store.TimelinePage{First: 20, Desc: true, With: whole}
		want, err := s.Timeline(ctx, f, page)
		if err != nil {
			t.Fatal(err)
		}
		page.With = trimmed
		got, err := s.Timeline(ctx, f, page)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Events) != 20 || !reflect.DeepEqual(got.Events, want.Events) || got.HasNext != want.HasNext {
			t.Fatalf("filter %+v: trimmed page has other events (%d, want %d)", f, len(got.Events), len(want.Events))
		}
		// The whole read must hold what Trim leaves out, or the comparison
		// below says nothing.
		shown := 0
		for id, invs := range want.Details.Involvements {
			for i := range invs {
				if len(invs[i].Actor.Aliases) == 0 || invs[i].Actor.Description == "" {
					t.Fatalf("event %s: whole read lost %s's aliases or description", id, invs[i].Actor.ID)
				}
				shown++
				invs[i].Actor.Aliases, invs[i].Actor.Description = nil, ""
			}
		}
		for id, art := range want.Details.Articles {
			if art.URL == "" || art.Publisher == "" || art.PublishedAt.IsZero() {
				t.Fatalf("article %s: whole read lost its URL, publisher or date", id)
			}
			art.URL, art.Publisher, art.PublishedAt, art.Language, art.ContentHash = "", "", time.Time{}, "", ""
			want.Details.Articles[id] = art
		}
		if shown < 40 || len(want.Details.Articles) == 0 {
			t.Fatalf("only %d involvements and %d articles read: too few to compare", shown, len(want.Details.Articles))
		}
		if !reflect.DeepEqual(got.Details, want.Details) {
			t.Fatalf("filter %+v: trimmed details\n%+v\nwant (whole, trimmed fields blanked)\n%+v", f, got.Details, want.Details)
		}
	}
}
