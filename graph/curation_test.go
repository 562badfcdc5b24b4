package graph_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// ortizStory is an invented article with a duplicate actor ("PM Lena
// Ortiz" beside "Lena Ortiz"), a meeting and an interaction. extra is
// appended to its text: a re-ingest of an edited article.
func ortizStory(extra string) domain.FactSet {
	s := newStory("https://invented.test/summit", "Ortiz meets Haldane", time.Date(2024, 6, 3, 9, 0, 0, 0, time.UTC),
		person("lena-ortiz", "Lena Ortiz", "Ortiz"), person("pm-lena-ortiz", "PM Lena Ortiz"), person("tom-haldane", "Tom Haldane", "Haldane"))
	s.fs.Meetings = []domain.MeetingFact{{Participants: []string{"lena-ortiz", "tom-haldane"}, When: dayPtr(2024, 6, 1), Place: "Porto",
		Evidence: s.ev("Ortiz met Haldane in Porto on Saturday.")}}
	s.fs.Interactions = []domain.InteractionFact{{Source: "pm-lena-ortiz", Target: "tom-haldane", Kind: domain.InteractPraise,
		When: dayPtr(2024, 6, 2), Evidence: s.ev("PM Lena Ortiz praised Haldane on Sunday.")}}
	s.text.WriteString(extra)
	return s.facts()
}

var (
	ortizMeeting = domain.MeetingID([]string{"lena-ortiz", "tom-haldane"}, dayPtr(2024, 6, 1))
	ortizPraise  = domain.InteractionID("pm-lena-ortiz", "tom-haldane", domain.InteractPraise, dayPtr(2024, 6, 2))
)

// eventIDs runs a query and returns the ids of the events in its
// connection at path (keys of nested objects, then edges).
func (a *api) eventIDs(query string, vars map[string]any, path ...string) []string {
	a.t.Helper()
	var data map[string]any
	a.mustDo(query, vars, &data)
	var cur any = data
	for _, k := range path {
		cur = cur.(map[string]any)[k]
	}
	var ids []string
	for _, e := range cur.(map[string]any)["edges"].([]any) {
		ids = append(ids, e.(map[string]any)["node"].(map[string]any)["id"].(string))
	}
	return ids
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func TestARejectedEventLeavesEveryReadAndStaysRejectedOnReingest(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	const reject = `mutation($id: ID!, $why: String!) { rejectEvent(id: $id, reason: $why) { eventId rejected } }`
	var out struct{ RejectEvent struct{ Rejected bool } }
	a.mustDo(reject, map[string]any{"id": ortizMeeting, "why": "they spoke by phone"}, &out)
	if !out.RejectEvent.Rejected {
		t.Fatal("not rejected")
	}
	seen := func(when string) {
		t.Helper()
		reads := map[string][]string{
			"timeline":       a.eventIDs(`{ timeline(first: 50) { edges { node { id } } } }`, nil, "timeline"),
			"actor timeline": a.eventIDs(`{ actor(id: "lena-ortiz") { timeline(first: 50) { edges { node { id } } } } }`, nil, "actor", "timeline"),
			"actor meetings": a.eventIDs(`{ actor(id: "tom-haldane") { id name meetings(first: 50) { edges { node { id } } } } }`, nil, "actor", "meetings"),
			"filtered":       a.eventIDs(`{ timeline(filter: {actors: ["tom-haldane"], types: [MEETING]}) { edges { node { id } } } }`, nil, "timeline"),
			"dyad":           a.eventIDs(`{ dyad(a: "lena-ortiz", b: "tom-haldane") { events { edges { node { id } } } } }`, nil, "dyad", "events"),
		}
		for name, ids := range reads {
			if contains(ids, ortizMeeting) {
				t.Fatalf("%s: the rejected meeting is in %s: %q", when, name, ids)
			}
		}
		if errs := a.do(`query($id: ID!) { event(id: $id) { id } }`, map[string]any{"id": ortizMeeting}, nil); code(errs) != "NOT_FOUND" {
			t.Fatalf("%s: event(id) of a rejected event: %+v", when, errs)
		}
		if errs := a.do(`query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": ortizMeeting}, nil); code(errs) != "NOT_FOUND" {
			t.Fatalf("%s: node(id) of a rejected event: %+v", when, errs)
		}
		var h struct {
			TimelineHistogram []struct{ ByType []struct{ Type string } }
		}
		a.mustDo(`{ timelineHistogram(bucket: DAY) { byType { type } } }`, nil, &h)
		for _, b := range h.TimelineHistogram {
			for _, tc := range b.ByType {
				if tc.Type == "MEETING" {
					t.Fatalf("%s: the histogram counts the rejected meeting", when)
				}
			}
		}
	}
	seen("after the rejection")
	a.write(ortizStory(" Edited."))
	seen("after the article was ingested again with new text")

	errs := a.do(reject, map[string]any{"id": "evt-nope", "why": "x"}, nil)
	if code(errs) != "NOT_FOUND" || errs[0].Extensions["field"] != "id" && !strings.Contains(errs[0].Message, "id") {
		t.Fatalf("rejecting an unknown id: %+v", errs)
	}
	if errs := a.do(reject, map[string]any{"id": ortizPraise, "why": " "}, nil); code(errs) != "BAD_USER_INPUT" {
		t.Fatalf("rejecting without a reason: %+v", errs)
	}
	var restored struct{ RestoreEvent struct{ ID string } }
	a.mustDo(`mutation($id: ID!) { restoreEvent(id: $id, reason: "it was a meeting") { id } }`, map[string]any{"id": ortizMeeting}, &restored)
	if ids := a.eventIDs(`{ actor(id: "lena-ortiz") { timeline(first: 50) { edges { node { id } } } } }`, nil, "actor", "timeline"); !contains(ids, ortizMeeting) {
		t.Fatalf("the restored meeting is not in the timeline: %q", ids)
	}
}

func TestACorrectedDateStandsOnReingestAndBadInputIsRefused(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	const correct = `mutation($id: ID!, $in: EventCorrectionInput!) { correctEvent(id: $id, input: $in, reason: "the wire says Friday") {
	  id when { display precision } ... on Meeting { place { name } } } }`
	var out struct {
		CorrectEvent struct {
			ID    string
			When  struct{ Display, Precision string }
			Place struct{ Name string }
		}
	}
	a.mustDo(correct, map[string]any{"id": ortizMeeting, "in": map[string]any{"when": "2024-05-31", "place": "Braga"}}, &out)
	if out.CorrectEvent.ID != ortizMeeting || out.CorrectEvent.When.Display != "2024-05-31" || out.CorrectEvent.Place.Name != "Braga" {
		t.Fatalf("corrected: %+v", out)
	}
	a.write(ortizStory(" Edited."))
	var ev struct {
		Event struct {
			When  struct{ Display string }
			Place struct{ Name string }
		}
	}
	a.mustDo(`query($id: ID!) { event(id: $id) { when { display } ... on Meeting { place { name } } } }`, map[string]any{"id": ortizMeeting}, &ev)
	if ev.Event.When.Display != "2024-05-31" || ev.Event.Place.Name != "Braga" {
		t.Fatalf("after a re-ingest the meeting is %+v, want the correction", ev)
	}
	// Its place among the actor's events follows the corrected date.
	ids := a.eventIDs(`{ actor(id: "tom-haldane") { timeline(first: 5, to: "2024-05") { edges { node { id } } } } }`, nil, "actor", "timeline")
	if len(ids) != 1 || ids[0] != ortizMeeting {
		t.Fatalf("tom-haldane's May: %q", ids)
	}
	for _, b := range []struct {
		name string
		vars map[string]any
		code string
		says string
	}{
		{"a date that does not parse", map[string]any{"id": ortizMeeting, "in": map[string]any{"when": "2024-13-45"}}, "BAD_USER_INPUT", "2024-13-45"},
		{"an unknown event", map[string]any{"id": "evt-nope", "in": map[string]any{"when": "2024-05"}}, "NOT_FOUND", "evt-nope"},
		{"a topic on a meeting", map[string]any{"id": ortizMeeting, "in": map[string]any{"topic": "Trade"}}, "BAD_USER_INPUT", "input.topic"},
		{"nothing to correct", map[string]any{"id": ortizMeeting, "in": map[string]any{}}, "BAD_USER_INPUT", "input"},
	} {
		errs := a.do(correct, b.vars, nil)
		raw, _ := json.Marshal(errs)
		if code(errs) != b.code || !strings.Contains(string(raw), b.says) {
			t.Fatalf("%s: %s, want %s naming %s", b.name, raw, b.code, b.says)
		}
	}
}

func TestMergedActorsAnswerWithTheSurvivorAndStayMergedOnReingest(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	const merge = `mutation($into: ID!, $from: ID!) { mergeActors(into: $into, from: $from, reason: "same person") { id aliases } }`
	var out struct {
		MergeActors struct {
			ID      string
			Aliases []string
		}
	}
	a.mustDo(merge, map[string]any{"into": "lena-ortiz", "from": "pm-lena-ortiz"}, &out)
	if out.MergeActors.ID != "lena-ortiz" || !contains(out.MergeActors.Aliases, "PM Lena Ortiz") {
		t.Fatalf("merged: %+v", out)
	}
	check := func(when string) {
		t.Helper()
		for _, q := range []string{
			`{ actor(id: "pm-lena-ortiz") { id timeline(first: 10) { edges { node { id } } } } }`,
			`{ actor(id: "pm-lena-ortiz") { timeline(first: 10) { edges { node { id } } } } }`,
		} {
			if ids := a.eventIDs(q, nil, "actor", "timeline"); !contains(ids, ortizPraise) || !contains(ids, ortizMeeting) {
				t.Fatalf("%s: %s answers %q", when, q, ids)
			}
		}
		var n struct{ Node struct{ ID string } }
		a.mustDo(`{ node(id: "pm-lena-ortiz") { id } }`, nil, &n)
		if n.Node.ID != "lena-ortiz" {
			t.Fatalf("%s: node(pm-lena-ortiz) is %q", when, n.Node.ID)
		}
		if ids := a.eventIDs(`{ timeline(filter: {actors: ["pm-lena-ortiz"]}) { edges { node { id } } } }`, nil, "timeline"); len(ids) != 2 {
			t.Fatalf("%s: a filter on the merged id finds %q", when, ids)
		}
		var list struct {
			Actors struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.mustDo(`{ actors(filter: {name: "Ortiz"}) { edges { node { id } } } }`, nil, &list)
		if len(list.Actors.Edges) != 1 {
			t.Fatalf("%s: actors named Ortiz: %+v", when, list)
		}
	}
	check("after the merge")
	a.write(ortizStory(" Edited."))
	check("after the article that made the duplicate was ingested again")

	for _, b := range []struct {
		into, from, code, says string
	}{
		{"lena-ortiz", "lena-ortiz", "BAD_USER_INPUT", "from"},
		{"lena-ortiz", "nobody", "NOT_FOUND", "from"},
		{"nobody", "tom-haldane", "NOT_FOUND", "into"},
	} {
		errs := a.do(merge, map[string]any{"into": b.into, "from": b.from}, nil)
		raw, _ := json.Marshal(errs)
		if code(errs) != b.code || !strings.Contains(string(raw), b.says) {
			t.Fatalf("merging %s into %s: %s, want %s naming %s", b.from, b.into, raw, b.code, b.says)
		}
	}
}

func TestHistoryShowsEachChangeInOrderWithWhoAndWhy(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	a.mustDo(`mutation($id: ID!) { correctEvent(id: $id, input: {when: "2024-05-31"}, reason: "the wire says Friday") { id } }`,
		map[string]any{"id": ortizMeeting}, nil)
	a.mustDo(`mutation($id: ID!) { rejectEvent(id: $id, reason: "phone call") { rejected } }`, map[string]any{"id": ortizMeeting}, nil)
	a.mustDo(`mutation($id: ID!) { restoreEvent(id: $id, reason: "it was a meeting") { id } }`, map[string]any{"id": ortizMeeting}, nil)
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id } }`, nil, nil)
	a.mustDo(`mutation { setActorKind(actor: "lena-ortiz", kind: GROUP, reason: "a delegation") { id } }`, nil, nil)

	type page struct {
		Edges []struct {
			Cursor string
			Node   struct {
				Kind, At string
				By       *string
				Reason   *string
				Changes  []struct{ Field, Before, After string }
			}
		}
		PageInfo struct{ HasNextPage bool }
	}
	var ev struct{ Event struct{ History page } }
	a.mustDo(`query($id: ID!) { event(id: $id) { history(first: 10) { edges { cursor node { kind at by reason changes { field before after } } } pageInfo { hasNextPage } } } }`,
		map[string]any{"id": ortizMeeting}, &ev)
	var got []string
	for _, e := range ev.Event.History.Edges {
		line := e.Node.Kind
		if e.Node.Reason != nil {
			line += ": " + *e.Node.Reason
		}
		if e.Node.Kind != "INGESTED" && (e.Node.By == nil || *e.Node.By != "key:graph-tests") {
			t.Fatalf("%s by %v, want the caller's key", e.Node.Kind, e.Node.By)
		}
		got = append(got, line)
	}
	want := []string{"INGESTED", "CORRECTED: the wire says Friday", "REJECTED: phone call", "RESTORED: it was a meeting"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("event history:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if c := ev.Event.History.Edges[1].Node.Changes; len(c) != 1 || c[0].Field != "when" || c[0].Before != "2024-06-01" || c[0].After != "2024-05-31" {
		t.Fatalf("the correction's changes: %+v", c)
	}

	// Paged two at a time, the actor's history is the same list.
	var kinds []string
	after := ""
	for range 5 {
		var ac struct{ Actor struct{ History page } }
		a.mustDo(`query($after: String) { actor(id: "pm-lena-ortiz") { history(first: 2, after: $after) { edges { cursor node { kind } } pageInfo { hasNextPage } } } }`,
			map[string]any{"after": after}, &ac)
		for _, e := range ac.Actor.History.Edges {
			kinds = append(kinds, e.Node.Kind)
			after = e.Cursor
		}
		if !ac.Actor.History.PageInfo.HasNextPage {
			break
		}
	}
	if want := "INGESTED MERGED KIND_SET"; strings.Join(kinds, " ") != want {
		t.Fatalf("actor history %q, want %s", kinds, want)
	}
	if errs := a.do(`{ actor(id: "lena-ortiz") { history(after: "bogus") { edges { cursor } } } }`, nil, nil); code(errs) != "BAD_USER_INPUT" {
		t.Fatalf("a bad cursor: %+v", errs)
	}
}

func TestTheHistoriesOfAPageOfEventsAreOneRoundTrip(t *testing.T) {
	a := newAPI(t)
	a.loadSample()
	var out struct {
		Timeline struct {
			Edges []struct {
				Node struct {
					History struct {
						Edges []struct{ Node struct{ Kind string } }
					}
				}
			}
		}
	}
	a.trips.Store(0)
	a.mustDo(`{ timeline(first: 30) { edges { node { id history(first: 5) { edges { node { kind by } } } } } } }`, nil, &out)
	n := a.trips.Load()
	if len(out.Timeline.Edges) < 30 {
		t.Fatalf("sample timeline has %d events", len(out.Timeline.Edges))
	}
	for _, e := range out.Timeline.Edges {
		if len(e.Node.History.Edges) == 0 || e.Node.History.Edges[0].Node.Kind != "INGESTED" {
			t.Fatalf("an event's history: %+v", e.Node.History)
		}
	}
	// The timeline, then the histories: a few more if a batch splits
	// across the loader's wait window.
	if n > 4 {
		t.Fatalf("%d Cypher round trips for 30 events' histories: they are not batched", n)
	}
}

func TestCorrectedParticipantsStandOnReingestAndUnknownActorsAreRefused(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	const correct = `mutation($id: ID!, $in: EventCorrectionInput!) { correctEvent(id: $id, input: $in, reason: "Haldane sent a deputy") {
	  id title participants { id } } }`
	participants := func() []string {
		var ev struct {
			Event struct {
				Title        string
				Participants []struct{ ID string }
			}
		}
		a.mustDo(`query($id: ID!) { event(id: $id) { title participants { id } } }`, map[string]any{"id": ortizMeeting}, &ev)
		ids := []string{ev.Event.Title}
		for _, p := range ev.Event.Participants {
			ids = append(ids, p.ID)
		}
		return ids
	}
	for _, b := range []struct {
		name string
		in   map[string]any
		says string
	}{
		{"an unknown participant", map[string]any{"participants": []string{"lena-ortiz", "no-such-actor"}}, "input.participants"},
		{"no participants", map[string]any{"participants": []string{}}, "input.participants"},
		{"a speaker of a meeting", map[string]any{"speaker": "lena-ortiz"}, "input.speaker"},
	} {
		errs := a.do(correct, map[string]any{"id": ortizMeeting, "in": b.in}, nil)
		raw, _ := json.Marshal(errs)
		if code(errs) != "BAD_USER_INPUT" || !strings.Contains(string(raw), b.says) {
			t.Fatalf("%s: %s, want BAD_USER_INPUT naming %s", b.name, raw, b.says)
		}
	}
	if got := strings.Join(participants(), " "); got != "Meeting of Lena Ortiz and Tom Haldane lena-ortiz tom-haldane" &&
		got != "Meeting of Lena Ortiz and Tom Haldane tom-haldane lena-ortiz" {
		t.Fatalf("after refused corrections the meeting is %q", got)
	}
	a.mustDo(correct, map[string]any{"id": ortizMeeting, "in": map[string]any{"participants": []string{"lena-ortiz", "pm-lena-ortiz"}}}, nil)
	want := "Meeting of Lena Ortiz and PM Lena Ortiz"
	for _, when := range []string{"after the correction", "after a re-ingest"} {
		got := participants()
		if got[0] != want || len(got) != 3 || !contains(got, "lena-ortiz") || !contains(got, "pm-lena-ortiz") {
			t.Fatalf("%s the meeting is %q, want %s with lena-ortiz and pm-lena-ortiz", when, got, want)
		}
		a.write(ortizStory(" Edited."))
	}
}

// TestAMergeSaysWhereItStands: mergeActors answers the survivor with no
// merge going on into it once the merge is done within the request, and
// actorMerge says the merge is done; an actor no merge holds is
// NOT_FOUND naming from. (A merge that outlasts its request, answered
// with merging, is held in store: TestAMergeNotDoneInTimeGoesOnInTheBackground.)
func TestAMergeSaysWhereItStands(t *testing.T) {
	a := newAPI(t)
	a.write(ortizStory(""))
	var out struct {
		MergeActors struct {
			ID      string
			Merging *struct{ Done bool }
		}
	}
	a.mustDo(`mutation { mergeActors(into: "lena-ortiz", from: "pm-lena-ortiz", reason: "same person") { id merging { done } } }`, nil, &out)
	if out.MergeActors.ID != "lena-ortiz" || out.MergeActors.Merging != nil {
		t.Fatalf("merged: %+v", out)
	}
	var state struct {
		ActorMerge struct {
			Into, From              string
			Done                    bool
			EventsMoved, EventsLeft int
		}
	}
	a.mustDo(`{ actorMerge(from: "pm-lena-ortiz") { into from done eventsMoved eventsLeft } }`, nil, &state)
	if m := state.ActorMerge; m.Into != "lena-ortiz" || m.From != "pm-lena-ortiz" || !m.Done || m.EventsMoved < 1 || m.EventsLeft != 0 {
		t.Fatalf("actorMerge: %+v", m)
	}
	errs := a.do(`{ actorMerge(from: "lena-ortiz") { done } }`, nil, nil)
	if raw, _ := json.Marshal(errs); code(errs) != "NOT_FOUND" || !strings.Contains(string(raw), `"field":"from"`) {
		t.Fatalf("actorMerge of an actor no merge holds: %s", raw)
	}
}
