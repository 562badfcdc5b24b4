package graph_test

import (
	"slices"
	"testing"
)

// A dyad's page of events is read with the resolution of its two ids in
// one round trip, through the direct page writer and through gqlgen
// alike, and answers as the root timeline of the two (allActors) does:
// merged-away ids included. Its errors are those of resolving the ids
// first: NOT_FOUND naming a, then b; b naming the actor a was merged
// into.
func TestADyadPageIsOneRoundTripWithItsActorsResolvedAsBefore(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)

	want := a.eventIDs(`{ timeline(filter: {allActors: ["lena-ortiz", "tom-haldane"]}) { edges { node { id } } } }`, nil, "timeline")
	if !slices.Equal(sortedIDs(want), sortedIDs([]string{ortizMeeting, ortizPraise})) {
		t.Fatalf("the root timeline of the pair: %q", want)
	}
	for _, c := range []struct {
		name, query string
		trips       int64
	}{
		{"direct, the benchmark's page", `{ dyad(a: "pm-lena-ortiz", b: "tom-haldane") { events(first: 20) { edges { node { id title when { start precision } participants { id name } } } } } }`, 1},
		// The actors shown are read by the actor loader, one each.
		{"direct, with the actors", `{ dyad(a: "tom-haldane", b: "pm-lena-ortiz") { a { id } b { id name } events { edges { node { id } } } } }`, 3},
		{"gqlgen, a type's own field", `{ dyad(a: "pm-lena-ortiz", b: "tom-haldane") { events { edges { node { id ... on Interaction { kind } } } } } }`, 1},
	} {
		a.trips.Store(0)
		if got := a.eventIDs(c.query, nil, "dyad", "events"); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", c.name, got, want)
		}
		if n := a.trips.Load(); n != c.trips {
			t.Errorf("%s: %d round trips, want %d", c.name, n, c.trips)
		}
	}
	var out struct {
		Dyad struct{ A, B struct{ ID string } }
	}
	a.mustDo(`{ dyad(a: "tom-haldane", b: "pm-lena-ortiz") { a { id } b { id } events { edges { node { id } } } } }`, nil, &out)
	if out.Dyad.A.ID != "tom-haldane" || out.Dyad.B.ID != "lena-ortiz" {
		t.Errorf("the dyad's actors: %+v, want tom-haldane and lena-ortiz (pm-lena-ortiz was merged into it)", out.Dyad)
	}
	// A page past the events: the ids still resolve, the page is empty.
	if got := a.eventIDs(`{ dyad(a: "pm-lena-ortiz", b: "tom-haldane", from: "2030") { events { edges { node { id } } } } }`, nil, "dyad", "events"); len(got) != 0 {
		t.Errorf("a page after the events: %q", got)
	}

	for _, c := range []struct{ query, code, field string }{
		{`{ dyad(a: "ghost", b: "nobody") { events { edges { node { id } } } } }`, "NOT_FOUND", "a"},
		{`{ dyad(a: "tom-haldane", b: "nobody") { events { edges { node { id } } } } }`, "NOT_FOUND", "b"},
		{`{ dyad(a: "lena-ortiz", b: "pm-lena-ortiz") { events { edges { node { id } } } } }`, "BAD_USER_INPUT", "b"},
		{`{ dyad(a: "lena-ortiz", b: "tom-haldane") { events(first: 101) { edges { node { id } } } } }`, "BAD_USER_INPUT", "first"},
	} {
		errs := a.do(c.query, nil, nil)
		if code(errs) != c.code || errs[0].Extensions["field"] != c.field {
			t.Errorf("%s: %+v, want %s naming %s", c.query, errs, c.code, c.field)
		}
	}
}
