package graph_test

import (
	"slices"
	"sort"
	"testing"
	"time"
)

// momentAfter returns now, once the clock has moved past it, as the API
// takes it (RFC 3339 with nanoseconds).
func momentAfter(t *testing.T) string {
	t.Helper()
	at := time.Now()
	for time.Now().Before(at.Add(2 * time.Millisecond)) {
	}
	return at.UTC().Format(time.RFC3339Nano)
}

func sortedIDs(ids []string) []string {
	ids = slices.Clone(ids)
	sort.Strings(ids)
	return ids
}

func TestAsOfReadsShowTheGraphBeforeAMergeACorrectionAndARejection(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	then := momentAfter(t)
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)
	a.mustDo(`mutation($id: ID!) { correctEvent(id: $id, input: {when: "2024-06-02"}, reason: "the wire says Sunday") { id } }`,
		map[string]any{"id": ortizMeeting}, nil)
	a.mustDo(`mutation($id: ID!) { rejectEvent(id: $id, reason: "a phone call") { rejected } }`, map[string]any{"id": ortizPraise}, nil)
	vars := map[string]any{"at": then}

	// The merged-away actor answers itself as of before the merge, with
	// its own events; the survivor, without them. Through the direct page
	// writer (actor with a timeline) and through gqlgen (with counterparts
	// beside it, which the direct writer leaves to gqlgen).
	for _, extra := range []string{"", " history(first: 1) { edges { node { kind } } }"} {
		var out struct {
			Actor struct {
				ID, Name string
			}
		}
		q := `query($at: DateTime) { actor(id: "pm-lena-ortiz", asOf: $at) { id name timeline(first: 10) { edges { node { id } } }` + extra + ` } }`
		a.mustDo(q, vars, &out)
		if out.Actor.ID != "pm-lena-ortiz" || out.Actor.Name != "PM Lena Ortiz" {
			t.Fatalf("pm-lena-ortiz as of before the merge: %+v", out.Actor)
		}
		if ids := a.eventIDs(q, vars, "actor", "timeline"); !slices.Equal(ids, []string{ortizPraise}) {
			t.Fatalf("pm-lena-ortiz's timeline as of before the merge (%q): %q", extra, ids)
		}
		if ids := a.eventIDs(`query($at: DateTime) { actor(id: "lena-ortiz", asOf: $at) { timeline { edges { node { id } } }`+extra+` } }`,
			vars, "actor", "timeline"); !slices.Equal(ids, []string{ortizMeeting}) {
			t.Fatalf("lena-ortiz's timeline as of before the merge (%q): %q", extra, ids)
		}
	}
	if ids := a.eventIDs(`{ actor(id: "pm-lena-ortiz") { timeline { edges { node { id } } } } }`, nil, "actor", "timeline"); !slices.Equal(ids, []string{ortizMeeting}) {
		t.Fatalf("now pm-lena-ortiz answers lena-ortiz, whose timeline is %q", ids)
	}
	root := `query($at: DateTime) { timeline(asOf: $at) { edges { node { id participants { id } sources { article { title } } } } } }`
	if ids := sortedIDs(a.eventIDs(root, vars, "timeline")); !slices.Equal(ids, sortedIDs([]string{ortizMeeting, ortizPraise})) {
		t.Fatalf("the timeline as of before: %q", ids)
	}
	if ids := a.eventIDs(root, map[string]any{"at": nil}, "timeline"); !slices.Equal(ids, []string{ortizMeeting}) {
		t.Fatalf("the timeline now: %q", ids)
	}
	if ids := a.eventIDs(`query($at: DateTime) { timeline(filter: {actors: ["pm-lena-ortiz"]}, asOf: $at) { edges { node { id } } } }`, vars, "timeline"); !slices.Equal(ids, []string{ortizPraise}) {
		t.Fatalf("the timeline of pm-lena-ortiz as of before: %q", ids)
	}
	if ids := a.eventIDs(`query($at: DateTime) { dyad(a: "pm-lena-ortiz", b: "tom-haldane", asOf: $at) { a { id } events { edges { node { id } } } } }`, vars, "dyad", "events"); !slices.Equal(ids, []string{ortizPraise}) {
		t.Fatalf("the dyad as of before: %q", ids)
	}

	var ev struct {
		Event struct {
			When struct{ Start string }
		}
	}
	a.mustDo(`query($id: ID!, $at: DateTime) { event(id: $id, asOf: $at) { when { start } ... on Meeting { participants { id } place { name } } } }`,
		map[string]any{"id": ortizMeeting, "at": then}, &ev)
	if ev.Event.When.Start != "2024-06-01T00:00:00Z" {
		t.Fatalf("the meeting as of before the correction starts %s", ev.Event.When.Start)
	}
	a.mustDo(`query($id: ID!) { event(id: $id) { when { start } } }`, map[string]any{"id": ortizMeeting}, &ev)
	if ev.Event.When.Start != "2024-06-02T00:00:00Z" {
		t.Fatalf("the corrected meeting starts %s", ev.Event.When.Start)
	}

	var nb struct {
		Neighborhood struct {
			Nodes []struct{ Actor struct{ ID string } }
		}
	}
	a.mustDo(`query($at: DateTime) { neighborhood(actor: "tom-haldane", asOf: $at) { nodes { actor { id } } } }`, vars, &nb)
	var who []string
	for _, n := range nb.Neighborhood.Nodes {
		who = append(who, n.Actor.ID)
	}
	if sort.Strings(who); !slices.Equal(who, []string{"lena-ortiz", "pm-lena-ortiz", "tom-haldane"}) {
		t.Fatalf("tom-haldane's neighborhood as of before: %q", who)
	}
}

func TestAsOfInTheFutureIsBadUserInputNamingTheArgument(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	future := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	for _, q := range []string{
		`query($at: DateTime) { timeline(asOf: $at) { edges { node { id } } } }`,
		`query($at: DateTime) { actor(id: "lena-ortiz", asOf: $at) { id timeline { edges { node { id } } } } }`,
		`query($at: DateTime) { actor(id: "lena-ortiz", asOf: $at) { id } }`,
		`query($at: DateTime) { event(id: "x", asOf: $at) { id } }`,
		`query($at: DateTime) { dyad(a: "lena-ortiz", b: "tom-haldane", asOf: $at) { a { id } } }`,
		`query($at: DateTime) { neighborhood(actor: "lena-ortiz", asOf: $at) { nodes { hop } } }`,
		`query($at: DateTime) { stanceHistory(actor: "lena-ortiz", topic: "x", asOf: $at) { positions { stance } } }`,
	} {
		errs := a.do(q, map[string]any{"at": future}, nil)
		if code(errs) != "BAD_USER_INPUT" || errs[0].Extensions["field"] != "asOf" {
			t.Errorf("%s: %+v, want BAD_USER_INPUT naming asOf", q, errs)
		}
	}
}

func TestUnmergeActorsGivesBackTheMergedAwayActor(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)
	var out struct {
		UnmergeActors struct {
			ID, Name string
		}
	}
	a.mustDo(`mutation { unmergeActors(from: "pm-lena-ortiz", reason: "two people after all") { id name } }`, nil, &out)
	if out.UnmergeActors.ID != "pm-lena-ortiz" || out.UnmergeActors.Name != "PM Lena Ortiz" {
		t.Fatalf("unmergeActors answered %+v", out.UnmergeActors)
	}
	if ids := a.eventIDs(`{ actor(id: "pm-lena-ortiz") { timeline { edges { node { id } } } } }`, nil, "actor", "timeline"); !slices.Equal(ids, []string{ortizPraise}) {
		t.Fatalf("pm-lena-ortiz's timeline after the undo: %q", ids)
	}
	if ids := a.eventIDs(`{ actor(id: "lena-ortiz") { timeline { edges { node { id } } } } }`, nil, "actor", "timeline"); !slices.Equal(ids, []string{ortizMeeting}) {
		t.Fatalf("lena-ortiz's timeline after the undo: %q", ids)
	}
	var h struct {
		Actor struct {
			History struct {
				Edges []struct{ Node struct{ Kind, Reason string } }
			}
		}
	}
	a.mustDo(`{ actor(id: "pm-lena-ortiz") { history(first: 10) { edges { node { kind reason } } } } }`, nil, &h)
	var kinds []string
	for _, e := range h.Actor.History.Edges {
		kinds = append(kinds, e.Node.Kind)
	}
	if !slices.Contains(kinds, "UNMERGED") {
		t.Fatalf("pm-lena-ortiz's history: %q", kinds)
	}
	errs := a.do(`mutation { unmergeActors(from: "lena-ortiz", reason: "x") { id } }`, nil, nil)
	if code(errs) != "NOT_FOUND" || errs[0].Extensions["field"] != "from" {
		t.Fatalf("undoing a merge of an actor never merged: %+v", errs)
	}
}
