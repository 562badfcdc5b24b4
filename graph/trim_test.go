package graph_test

import (
	"fmt"
	"testing"
)

type trimmedActor struct {
	ID      string
	Name    string
	Kind    string
	Aliases []string
}

type trimmedEvent struct {
	ID           string
	Participants []trimmedActor
	Sources      []struct {
		End        int
		Extractor  string
		Confidence float64
		Article    struct{ Title, URL, Publisher, Language, PublishedAt string }
	}
}

// Event pages read actors, sources and articles without the fields the
// request shows nowhere (store.Details.Omit). The answers must never show
// it: every such field answers wherever it is asked — in the page itself,
// through a fragment, or in another field of the same request reading the
// same events through the same loaders.
func TestTrimmedReadsNeverShowInAnswers(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	page := func(nodeSel string) string {
		return `{ actor(id: "aria-novak") { timeline(first: 10) { edges { node { id ` + nodeSel + ` } } } } }`
	}
	type pageOut struct {
		Actor struct {
			Timeline struct{ Edges []struct{ Node trimmedEvent } }
		}
	}
	novakIn := func(e trimmedEvent) (trimmedActor, bool) {
		for _, p := range e.Participants {
			if p.ID == "aria-novak" {
				return p, true
			}
		}
		return trimmedActor{}, false
	}

	var lean pageOut
	a.mustDo(page(`participants { id name } sources { article { title } }`), nil, &lean)
	edges := lean.Actor.Timeline.Edges
	if len(edges) < 2 {
		t.Fatalf("Novak has %d events; want at least the meeting and the statement", len(edges))
	}
	for _, e := range edges {
		if p, ok := novakIn(e.Node); !ok || p.Name != "Aria Novak" || len(e.Node.Sources) == 0 || e.Node.Sources[0].Article.Title == "" {
			t.Fatalf("event %s: participants %+v, sources %+v", e.Node.ID, e.Node.Participants, e.Node.Sources)
		}
	}
	event := edges[0].Node.ID

	wholeArticle := func(where string, e trimmedEvent) {
		t.Helper()
		if p, ok := novakIn(e); !ok || fmt.Sprint(p.Aliases) != "[Novak]" || p.Kind != "PERSON" {
			t.Fatalf("%s: Novak's aliases and kind %+v, want [Novak] and PERSON", where, p)
		}
		if len(e.Sources) == 0 || e.Sources[0].Article.URL != "https://invented.test/rivals" || e.Sources[0].Article.Publisher != "Invented Wire" ||
			e.Sources[0].Article.Language != "en" || e.Sources[0].Article.PublishedAt != "2024-03-05T09:00:00Z" {
			t.Fatalf("%s: sources %+v lack the article's URL, publisher, language or date", where, e.Sources)
		}
		if s := e.Sources[0]; s.End == 0 || s.Extractor == "" || s.Confidence == 0 {
			t.Fatalf("%s: source %+v lacks its span, extractor or confidence", where, s)
		}
	}
	const (
		who  = `id kind aliases`
		from = `end extractor confidence article { url publisher language publishedAt }`
	)
	for _, tc := range []struct{ name, query string }{
		{"in the page", page(`participants { ` + who + ` } sources { ` + from + ` }`)},
		{"through fragments", page(`participants { ...who } sources { ...from }`) +
			` fragment who on Actor { ` + who + ` } fragment from on Source { ` + from + ` }`},
	} {
		var out pageOut
		a.mustDo(tc.query, nil, &out)
		for _, e := range out.Actor.Timeline.Edges {
			wholeArticle(tc.name, e.Node)
		}
	}

	// The page asks for nothing trimmed; another root field asks for the
	// same event's aliases and URLs.
	var both struct {
		pageOut
		Node trimmedEvent
	}
	a.mustDo(`query($e: ID!) {
	  actor(id: "aria-novak") { timeline(first: 10) { edges { node { id participants { id name } sources { article { title } } } } } }
	  node(id: $e) { ... on Event { id participants { `+who+` } sources { `+from+` } } } }`,
		map[string]any{"e": event}, &both)
	if len(both.Actor.Timeline.Edges) != len(edges) {
		t.Fatalf("page has %d events alongside node, %d alone", len(both.Actor.Timeline.Edges), len(edges))
	}
	wholeArticle("node beside the page", both.Node)
}

// Pages read only the event properties their selection shows
// (store.Details.Events); a type's own fields, asked through fragments,
// still answer, and the shared fields answer alike however the page is
// read.
func TestProjectedPagesStillShowEveryEventField(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	type node struct {
		ID, Title, Quote, Kind string
		When                   *struct{ Display string }
	}
	type pageOut struct {
		Actor struct {
			Timeline struct{ Edges []struct{ Node node } }
		}
	}
	read := func(sel string) []node {
		var out pageOut
		a.mustDo(`{ actor(id: "valdoria") { timeline(first: 20) { edges { node { id title when { display } `+sel+` } } } } }`, nil, &out)
		var nodes []node
		for _, e := range out.Actor.Timeline.Edges {
			nodes = append(nodes, e.Node)
		}
		return nodes
	}
	lean := read("")
	full := read(`... on Statement { quote } ... on Interaction { kind }`)
	if len(lean) < 8 || len(full) != len(lean) {
		t.Fatalf("%d events projected, %d whole", len(lean), len(full))
	}
	quotes, kinds := 0, 0
	for i := range full {
		if full[i].ID != lean[i].ID || full[i].Title != lean[i].Title || full[i].Title == "" ||
			full[i].When == nil || lean[i].When == nil || full[i].When.Display != lean[i].When.Display {
			t.Fatalf("event %d: projected %+v, whole %+v", i, lean[i], full[i])
		}
		if full[i].Quote != "" {
			quotes++
		}
		if full[i].Kind != "" {
			kinds++
		}
	}
	if quotes == 0 || kinds != 5 {
		t.Fatalf("%d quotes and %d interaction kinds answered; want some quotes and all 5 kinds", quotes, kinds)
	}
}

// A page whose request shows no role reads its participants without
// roles (store.Details.Participants); one that shows a role anywhere
// reads them with roles. Participants answer alike, in the same order.
func TestParticipantsAnswerAlikeWithAndWithoutRoles(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	type pageOut struct {
		Actor struct {
			Timeline struct {
				Edges []struct {
					Node struct {
						ID           string
						Participants []struct{ ID, Name string }
					}
				}
			}
		}
	}
	read := func(extra string) pageOut {
		var out pageOut
		a.mustDo(`{ actor(id: "valdoria") { timeline(first: 20) { edges { node { id participants { id name } `+extra+` } } } } }`, nil, &out)
		return out
	}
	without := read("")
	for _, extra := range []string{
		`... on Statement { speaker { id } }`,
		`... on Interaction { involvements { role actor { id } } }`,
	} {
		with := read(extra)
		if len(without.Actor.Timeline.Edges) < 8 || fmt.Sprint(with) != fmt.Sprint(without) {
			t.Fatalf("with %s:\n%+v\nwithout roles:\n%+v", extra, with, without)
		}
	}
	several := 0
	for _, e := range without.Actor.Timeline.Edges {
		ps := e.Node.Participants
		if len(ps) > 1 {
			several++
		}
		for i := 1; i < len(ps); i++ {
			if ps[i-1].Name > ps[i].Name {
				t.Fatalf("event %s: participants not by name: %+v", e.Node.ID, ps)
			}
		}
	}
	if several == 0 {
		t.Fatal("no event with several participants: the order went untested")
	}
}
