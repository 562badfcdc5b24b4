package graph_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// The README's promise on stable ids, held against the API: an actor id
// merged away answers its survivor through node, actor, filters and
// cursors taken before the merge; the events of that actor keep their
// ids; a rejected event answers NOT_FOUND until restored; an undone merge
// gives the id back to its own actor.
func TestAMergedAwayIdAnswersItsSurvivorEverywhereTheReadmeSays(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	// Cursors taken before the merge: in the merged-away actor's timeline
	// (an event cursor) and in the list of actors, at that actor.
	var before struct {
		Actor struct {
			Timeline struct {
				Edges []struct{ Cursor string }
			}
		}
		Actors struct {
			Edges []struct {
				Cursor string
				Node   struct{ ID string }
			}
		}
	}
	a.mustDo(`{ actor(id: "pm-lena-ortiz") { timeline(first: 1, order: ASC) { edges { cursor } } }
	  actors(first: 10) { edges { cursor node { id } } } }`, nil, &before)
	if len(before.Actor.Timeline.Edges) != 1 {
		t.Fatalf("pm-lena-ortiz's timeline before the merge: %+v", before.Actor)
	}
	var atPM string
	var listed []string
	for _, e := range before.Actors.Edges {
		listed = append(listed, e.Node.ID)
		if e.Node.ID == "pm-lena-ortiz" {
			atPM = e.Cursor
		}
	}
	beforeMerge := momentAfter(t)
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)
	// As of before the merge, node answers the actor that was.
	var was struct{ Node struct{ ID, Name string } }
	a.mustDo(`query($at: DateTime) { node(id: "pm-lena-ortiz", asOf: $at) { id ... on Actor { name } } }`, map[string]any{"at": beforeMerge}, &was)
	if was.Node.ID != "pm-lena-ortiz" || was.Node.Name != "PM Lena Ortiz" {
		t.Fatalf("node pm-lena-ortiz as of before the merge: %+v", was.Node)
	}

	for _, q := range []string{
		`{ actor(id: "pm-lena-ortiz") { id } }`,
		`{ node(id: "pm-lena-ortiz") { id ... on Actor { name } } }`,
	} {
		var out map[string]map[string]any
		a.mustDo(q, nil, &out)
		for _, v := range out {
			if v["id"] != "lena-ortiz" {
				t.Fatalf("%s after the merge: %v, want the survivor lena-ortiz", q, out)
			}
		}
	}
	// The event the merged-away actor was in keeps its id, and it is the
	// survivor's now: by id, by node, and in a timeline filtered by the old id.
	var ev struct {
		Node struct {
			ID           string
			Participants []struct{ ID string }
		}
	}
	a.mustDo(`query($id: ID!) { node(id: $id) { id ... on Interaction { participants { id } } } }`, map[string]any{"id": ortizPraise}, &ev)
	if ev.Node.ID != ortizPraise || !slices.ContainsFunc(ev.Node.Participants, func(p struct{ ID string }) bool { return p.ID == "lena-ortiz" }) {
		t.Fatalf("the praise after the merge: %+v", ev.Node)
	}
	if ids := a.eventIDs(`{ timeline(filter: {actors: ["pm-lena-ortiz"]}) { edges { node { id } } } }`, nil, "timeline"); !slices.Contains(ids, ortizPraise) || !slices.Contains(ids, ortizMeeting) {
		t.Fatalf("the timeline of the merged-away id after the merge: %q", ids)
	}
	// The cursor from the merged-away actor's timeline pages on through the
	// survivor's (events are ordered by date, then id: the cursor names
	// an event, not an actor).
	var page struct {
		Actor struct {
			ID       string
			Timeline struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	a.mustDo(`query($after: String) { actor(id: "pm-lena-ortiz") { id timeline(first: 10, order: ASC, after: $after) { edges { node { id } } } } }`,
		map[string]any{"after": before.Actor.Timeline.Edges[0].Cursor}, &page)
	if page.Actor.ID != "lena-ortiz" {
		t.Fatalf("the page after the old cursor: %+v", page.Actor)
	}
	for _, e := range page.Actor.Timeline.Edges {
		if e.Node.ID == ortizPraise {
			t.Fatalf("the page after the old cursor repeats the event the cursor is at: %+v", page.Actor.Timeline)
		}
	}
	// The actors list's cursor at the merged-away actor pages on after it.
	if atPM == "" {
		t.Fatalf("pm-lena-ortiz not in the first page of actors: %q", listed)
	}
	var rest struct {
		Actors struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	a.mustDo(`query($after: String) { actors(first: 10, after: $after) { edges { node { id } } } }`, map[string]any{"after": atPM}, &rest)
	var after []string
	for _, e := range rest.Actors.Edges {
		after = append(after, e.Node.ID)
	}
	if want := listed[slices.Index(listed, "pm-lena-ortiz")+1:]; !slices.Equal(after, want) {
		t.Fatalf("actors after the merged-away actor's cursor: %q, want %q", after, want)
	}

	// A rejected event answers NOT_FOUND until restored.
	a.mustDo(`mutation($id: ID!) { rejectEvent(id: $id, reason: "a phone call") { rejected } }`, map[string]any{"id": ortizPraise}, nil)
	if errs := a.do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ortizPraise}, nil); code(errs) != "NOT_FOUND" {
		t.Fatalf("a rejected event by node: %+v", errs)
	}
	var then struct{ Node struct{ ID string } }
	a.mustDo(`query($id: ID!, $at: DateTime) { node(id: $id, asOf: $at) { id ... on Interaction { participants { id } } } }`,
		map[string]any{"id": ortizPraise, "at": beforeMerge}, &then)
	if then.Node.ID != ortizPraise {
		t.Fatalf("a rejected event by node as of before the rejection: %+v", then.Node)
	}
	a.mustDo(`mutation($id: ID!) { restoreEvent(id: $id, reason: "it was a meeting after all") { id } }`, map[string]any{"id": ortizPraise}, nil)
	a.mustDo(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ortizPraise}, nil)

	// Undone, the merge gives the id back to its own actor.
	a.mustDo(`mutation { unmergeActors(from: "pm-lena-ortiz", reason: "two people after all") { id } }`, nil, nil)
	var back struct{ Node struct{ ID, Name string } }
	a.mustDo(`{ node(id: "pm-lena-ortiz") { id ... on Actor { name } } }`, nil, &back)
	if back.Node.ID != "pm-lena-ortiz" || back.Node.Name != "PM Lena Ortiz" {
		t.Fatalf("after the undo pm-lena-ortiz is %+v", back.Node)
	}
}

func TestAnActorAsOfShowsItsAliasesNameKindAndOfficesThen(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	then := momentAfter(t)
	later := newStory("https://invented.test/later", "Ortiz again", time.Date(2024, 6, 9, 9, 0, 0, 0, time.UTC),
		person("lena-ortiz", "Lena Ortiz", "Ortiz", "Minister Ortiz"), person("tom-haldane", "Tom Haldane", "Haldane"), country("portugal", "Portugal"))
	later.fs.Actors[0].Roles = []domain.Role{{Title: "Prime Minister", Of: "portugal"}}
	later.fs.Meetings = []domain.MeetingFact{{Participants: []string{"lena-ortiz", "tom-haldane"}, When: dayPtr(2024, 6, 8),
		Evidence: later.ev("Minister Ortiz met Haldane again on Saturday.")}}
	a.write(later.facts())
	a.mustDo(`mutation { renameActor(actor: "lena-ortiz", name: "Lena M. Ortiz", reason: "her full name") { id } }`, nil, nil)
	q := `query($at: DateTime) { actor(id: "lena-ortiz", asOf: $at) { name kind aliases roles { title } history { edges { node { kind } } } } }`
	type actor struct {
		Name, Kind string
		Aliases    []string
		Roles      []struct{ Title string }
		History    struct {
			Edges []struct{ Node struct{ Kind string } }
		}
	}
	show := func(a actor) string {
		var roles, history []string
		for _, r := range a.Roles {
			roles = append(roles, r.Title)
		}
		for _, e := range a.History.Edges {
			history = append(history, e.Node.Kind)
		}
		slices.Sort(a.Aliases)
		return a.Name + " " + a.Kind + " [" + strings.Join(a.Aliases, ", ") + "] {" + strings.Join(roles, ", ") + "} " + strings.Join(history, " ")
	}
	for _, c := range []struct {
		at   any
		want string
	}{
		{then, "Lena Ortiz PERSON [Ortiz] {} INGESTED"},
		// The later article gave her an alias: its revision is hers too.
		{nil, "Lena M. Ortiz PERSON [Lena Ortiz, Minister Ortiz, Ortiz] {Prime Minister} INGESTED INGESTED RENAMED"},
	} {
		var out struct{ Actor actor }
		a.mustDo(q, map[string]any{"at": c.at}, &out)
		if got := show(out.Actor); got != c.want {
			t.Fatalf("lena-ortiz as of %v: %s, want %s", c.at, got, c.want)
		}
	}
}
