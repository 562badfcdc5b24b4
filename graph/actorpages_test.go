package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// loadRing writes an invented ring of n people: on day i of 2023 person
// i%n meets persons i+1 and i+3 (mod n) in one of five cities, person 7i%n
// speaks about person i+2, and person i%n praises or criticises person
// i+5. Every person has meetings, statements, interactions and
// counterparts, all with sources.
func (a *api) loadRing(n, days int) []string {
	a.t.Helper()
	ids := make([]string, n)
	var actors []domain.ActorFact
	for i := range ids {
		ids[i] = fmt.Sprintf("ring-%02d", i)
		actors = append(actors, person(ids[i], fmt.Sprintf("Ring Person %02d", i)))
	}
	pid := func(i int) string { return ids[i%n] }
	s := newStory("https://invented.test/ring", "A ring of envoys", time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), actors...)
	for i := 0; i < days; i++ {
		d := domain.DayOf(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i))
		s.fs.Meetings = append(s.fs.Meetings, domain.MeetingFact{Participants: []string{pid(i), pid(i + 1), pid(i + 3)},
			When: &d, Place: fmt.Sprintf("City %d", i%5), Evidence: s.ev(fmt.Sprintf("Meeting %d was held.", i))})
		s.fs.Statements = append(s.fs.Statements, domain.StatementFact{Speaker: pid(7 * i), About: []string{pid(i + 2)},
			Quote: fmt.Sprintf("Remark number %d.", i), When: &d, Evidence: s.ev(fmt.Sprintf("Someone said: Remark number %d.", i))})
		kind := domain.InteractPraise
		if i%3 == 0 {
			kind = domain.InteractCriticize
		}
		s.fs.Interactions = append(s.fs.Interactions, domain.InteractionFact{Source: pid(i), Target: pid(i + 5), Kind: kind,
			When: &d, Evidence: s.ev(fmt.Sprintf("Interaction %d happened.", i))})
	}
	a.write(s.facts())
	return ids
}

// roundTrips runs query with vars and returns the Cypher round trips it
// cost and the number of edges of its one root field (to show the list was
// as long as asked).
func (a *api) roundTrips(query string, vars map[string]any) (trips int64, edges int) {
	a.t.Helper()
	var out map[string]struct{ Edges []json.RawMessage }
	a.trips.Store(0)
	a.mustDo(query, vars, &out)
	trips = a.trips.Load()
	for _, root := range out {
		edges += len(root.Edges)
	}
	return trips, edges
}

func TestActorListRoundTripsDoNotGrowWithTheList(t *testing.T) {
	a := newAPI(t)
	ids := a.loadRing(24, 90)
	// The actors page, the counterparts (with their actors), the timeline
	// pages (with their participants, sources and articles), the
	// statements pages: one round trip each, whatever the list's length.
	const bound = 4
	query := `query($n: Int) { actors(first: $n) { edges { node { id
	    counterparts { events actor { name } }
	    timeline(first: 5) { edges { cursor node { id participants { id name } sources { sentence article { title } } } }
	      pageInfo { hasNextPage endCursor } }
	    statements(first: 3) { edges { node { id ... on Statement { speaker { name } } } } } } } } }`
	few, n5 := a.roundTrips(query, map[string]any{"n": 5})
	many, n20 := a.roundTrips(query, map[string]any{"n": 20})
	t.Logf("%d round trips for %d actors, %d for %d", few, n5, many, n20)
	if n5 != 5 || n20 != 20 || len(ids) < 20 {
		t.Fatalf("lists of %d and %d, want 5 and 20", n5, n20)
	}
	if few != many || many > bound {
		t.Fatalf("%d round trips for a list of 5, %d for 20: want the same, at most %d", few, many, bound)
	}
}

// Actors under a page's events (each event's participants, speaker …)
// are batched across the whole page, not per event and not by the
// loaders' timing: a page of 40 events costs what a page of 5 does.
func TestActorsUnderAnEventPageCostTheSameRoundTripsWhateverThePage(t *testing.T) {
	a := newAPI(t)
	a.loadRing(24, 90)
	// The page (with its events' involvements), the counterparts (with
	// their actors), the participants' timelines, the speakers' statements.
	const bound = 4
	query := `query($n: Int) { timeline(first: $n) { edges { node { id
	    participants { id counterparts(first: 3) { events actor { name } } timeline(first: 2) { edges { node { id } } } }
	    ... on Statement { speaker { statements(first: 2) { edges { node { id } } } } } } } } }`
	few, n5 := a.roundTrips(query, map[string]any{"n": 5})
	many, n40 := a.roundTrips(query, map[string]any{"n": 40})
	t.Logf("%d round trips for %d events, %d for %d", few, n5, many, n40)
	if n5 != 5 || n40 != 40 {
		t.Fatalf("pages of %d and %d events, want 5 and 40", n5, n40)
	}
	if few != many || many > bound {
		t.Fatalf("%d round trips for a page of 5, %d for 40: want the same, at most %d", few, many, bound)
	}

	// Each participant still gets its own page, the one it has alone.
	var page struct {
		Timeline struct {
			Edges []struct {
				Node struct {
					Participants []struct {
						ID       string
						Timeline json.RawMessage
					}
				}
			}
		}
	}
	a.mustDo(`{ timeline(first: 40) { edges { node { participants { id timeline(first: 2) { edges { node { id } } } } } } } }`, nil, &page)
	checked := map[string]bool{}
	for _, e := range page.Timeline.Edges {
		for _, p := range e.Node.Participants {
			if checked[p.ID] {
				continue
			}
			checked[p.ID] = true
			var alone struct {
				Actor struct{ Timeline json.RawMessage }
			}
			a.mustDo(`query($id: ID!) { actor(id: $id) { timeline(first: 2) { edges { node { id } } } } }`, map[string]any{"id": p.ID}, &alone)
			if string(alone.Actor.Timeline) != string(p.Timeline) {
				t.Fatalf("%s: under the page %s, alone %s", p.ID, p.Timeline, alone.Actor.Timeline)
			}
		}
	}
	if len(checked) < 10 {
		t.Fatalf("only %d distinct participants on the page: the check says little", len(checked))
	}
}

// connFields are the parts of an event connection compared between a
// list's answer and each actor's own.
const connFields = `{ edges { cursor node { id participants { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`

func TestActorListPagesEqualEachActorsTimeline(t *testing.T) {
	a := newAPI(t)
	ids := a.loadRing(12, 60)
	var all struct {
		Timeline struct{ Edges []struct{ Cursor string } }
	}
	a.mustDo(`{ timeline(first: 100) { edges { cursor } } }`, nil, &all)
	if len(all.Timeline.Edges) < 100 {
		t.Fatalf("ring timeline has %d events", len(all.Timeline.Edges))
	}
	cursor := all.Timeline.Edges[60].Cursor // somewhere in February
	// Each alias of the list query and the root timeline filter that must
	// answer the same for each actor.
	cases := []struct{ field, root string }{
		{`timeline(first: 4)`, `timeline(first: 4, filter: {actors: [$id]})`},
		{`timeline(first: 3, order: ASC, types: [MEETING, INTERACTION])`,
			`timeline(first: 3, order: ASC, filter: {actors: [$id], types: [MEETING, INTERACTION]})`},
		{`statements(first: 2, from: "2023-01-10", to: "2023-02")`,
			`timeline(first: 2, filter: {actors: [$id], types: [STATEMENT], from: "2023-01-10", to: "2023-02"})`},
		{`meetings(first: 3, after: $after)`, `timeline(first: 3, after: $after, filter: {actors: [$id], types: [MEETING]})`},
		{`interactions(first: 3, order: ASC, after: $after)`,
			`timeline(first: 3, order: ASC, after: $after, filter: {actors: [$id], types: [INTERACTION]})`},
		{`timeline(first: 5, order: DESC, after: $after, from: "2023-01", to: "2023-03")`,
			`timeline(first: 5, order: DESC, after: $after, filter: {actors: [$id], from: "2023-01", to: "2023-03"})`},
		{`policyShifts(first: 2)`, `timeline(first: 2, filter: {actors: [$id], types: [POLICY_SHIFT]})`},
		{`timeline(first: 100, order: ASC)`, `timeline(first: 100, order: ASC, filter: {actors: [$id]})`},
	}
	list := `query($after: String) { actors(first: 20) { edges { node { id`
	for i, c := range cases {
		list += fmt.Sprintf("\n  c%d: %s %s", i, c.field, connFields)
	}
	list += " } } } }"
	var got struct {
		Actors struct {
			Edges []struct{ Node map[string]json.RawMessage }
		}
	}
	a.mustDo(list, map[string]any{"after": cursor}, &got)
	if len(got.Actors.Edges) != len(ids) {
		t.Fatalf("%d actors listed, want %d", len(got.Actors.Edges), len(ids))
	}
	nonEmpty := 0
	for _, e := range got.Actors.Edges {
		var id string
		if err := json.Unmarshal(e.Node["id"], &id); err != nil {
			t.Fatal(err)
		}
		for i, c := range cases {
			var want map[string]json.RawMessage
			vars, decl := map[string]any{"id": id}, "$id: ID!"
			if strings.Contains(c.root, "$after") {
				vars["after"], decl = cursor, decl+", $after: String"
			}
			a.mustDo(fmt.Sprintf(`query(%s) { %s %s }`, decl, c.root, connFields), vars, &want)
			have := e.Node[fmt.Sprintf("c%d", i)]
			if string(have) != string(want["timeline"]) {
				t.Fatalf("%s %s:\n got %s\nwant %s", id, c.field, have, want["timeline"])
			}
			if len(have) > 80 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < len(ids)*len(cases)/2 {
		t.Fatalf("only %d of %d pages have events: the comparison says little", nonEmpty, len(ids)*len(cases))
	}
}

func TestActorListFieldsRejectBadArgumentsLikeTheTimeline(t *testing.T) {
	a := newAPI(t)
	a.loadRing(6, 10)
	for _, tc := range []struct{ field, mentions string }{
		{`timeline(first: 101) { edges { cursor } }`, "first"},
		{`statements(first: -1) { edges { cursor } }`, "first"},
		{`counterparts(first: 101) { events }`, "first"},
		{`meetings(after: "garbage!") { edges { cursor } }`, "after"},
		{`interactions(from: "2024", to: "2023") { edges { cursor } }`, "from"},
	} {
		errs := a.do(`{ actors(first: 6) { edges { node { id `+tc.field+` } } } }`, nil, nil)
		if code(errs) != "BAD_USER_INPUT" || !strings.Contains(errs[0].Message, tc.mentions) {
			t.Fatalf("%s: %+v, want BAD_USER_INPUT naming %s", tc.field, errs, tc.mentions)
		}
	}
}
