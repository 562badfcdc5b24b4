package graph_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/server"
)

// rawPost sends a query and returns the status and the body as they came.
func rawPost(t *testing.T, url, query string, vars map[string]any) (int, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, out
}

// The direct page writer (graph.DirectPages) must answer byte for byte as
// gqlgen's executor does, and must leave to gqlgen whatever it does not
// know. Two servers over the same graph, one with it and one without, get
// the same documents; the answers are compared as bytes, and the writer's
// counter says which ones it answered.
func TestDirectPagesAnswerByteForByteAsGqlgen(t *testing.T) {
	a := newAPI(t)
	a.loadRivals()
	// An undated statement whose words need escaping in JSON.
	s := newStory("https://invented.test/quotes", "Kestria \"answers\"\tback", time.Date(2024, 4, 2, 8, 0, 0, 0, time.UTC),
		country("kestria", "Kestria"))
	s.fs.Statements = []domain.StatementFact{{Speaker: "kestria", Quote: "No deal \\ no \"grain\" — ünless\nwinter.\x01",
		Evidence: s.ev("Kestria said: \"No deal \\ no grain — ünless winter.\"")}}
	a.write(s.facts())
	// An article without a publication date (publishedAt null): one
	// statement told "on Tuesday" (date UNKNOWN with its words, start and
	// end null) and one told without date words (UNKNOWN, no words).
	u := newStory("https://invented.test/undated", "Kestria, undated", time.Time{}, country("kestria", "Kestria"))
	tuesday, none := domain.Unknown("on Tuesday"), domain.Unknown("")
	u.fs.Statements = []domain.StatementFact{
		{Speaker: "kestria", Quote: "We will not sign.", When: &tuesday, Evidence: u.ev("Kestria said on Tuesday: \"We will not sign.\"")},
		{Speaker: "kestria", Quote: "Nor will we wait.", When: &none, Evidence: u.ev("\"Nor will we wait,\" it added.")}}
	a.write(u.facts())

	var direct atomic.Int64
	with := httptest.NewServer(server.New(a.store, server.Options{OnDirectPage: func() { direct.Add(1) }}))
	t.Cleanup(with.Close)
	without := httptest.NewServer(server.New(a.store, server.Options{DisableDirectPages: true,
		OnDirectPage: func() { t.Error("a server without direct pages answered one") }}))
	t.Cleanup(without.Close)

	const everyField = `__typename id type title summary
		when { __typename start end precision text display } reported { start end precision text display }
		participants { __typename id name kind aliases description }
		sources { __typename sentence start end extractor confidence article { __typename id url title publisher publishedAt language } }`
	novak := map[string]any{"id": "aria-novak"}
	valdoria := map[string]any{"id": "valdoria"}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	valdoriaNow := map[string]any{"id": "valdoria", "at": now}
	cases := []struct {
		name   string
		query  string
		vars   map[string]any
		direct bool
		trips  int64 // round trips of the direct answer, when checked
	}{
		{"the benchmark's page", `query($id: ID!) { actor(id: $id) { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`,
			valdoria, true, 1},
		{"the actor's id beside its page", `query($id: ID!) { actor(id: $id) { __typename id timeline(first: 2) { edges { node { id } } } } }`,
			valdoria, true, 1},
		{"the actor's name beside its page", `query($id: ID!) { actor(id: $id) { name timeline(first: 2) { edges { node { id } } } } }`,
			valdoria, true, 2},
		{"every field", `query($id: ID!) { actor(id: $id) { __typename id name kind aliases description
			timeline(first: 20) { __typename edges { __typename cursor node { ` + everyField + ` } } pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } } } }`,
			valdoria, true, 0},
		{"undated events, dates UNKNOWN, an article without a date, and escapes", `{ actor(id: "kestria") { timeline(first: 20, order: ASC) { edges { node { ` + everyField + ` } } } } }`, nil, true, 0},
		{"aliases, merged fields, fragments", `query($id: ID!) { who: actor(id: $id) { nom: name name
			page: timeline(first: 3) { edges { node { ...ev ... on Meeting { id title } ... on Statement { t: title } } } pageInfo { ...pi } } } }
			fragment ev on Event { id when { ...d } participants { id } participants { name } }
			fragment d on FuzzyDate { display }
			fragment pi on PageInfo { endCursor hasNextPage }`, novak, true, 0},
		{"@skip and @include", `query($id: ID!, $yes: Boolean!, $no: Boolean!) { actor(id: $id) { name @include(if: $no) id @skip(if: $no)
			timeline(first: 5) { edges { node { id @include(if: $yes) title @skip(if: $yes) sources @include(if: $yes) { sentence } } } } } }`,
			map[string]any{"id": "valdoria", "yes": true, "no": false}, true, 0},
		// The same document twice: answered directly when a variable leaves
		// out what the writer does not know, by gqlgen when it keeps it,
		// whatever the writer remembers of the first.
		{"a type's own field left out by a variable", `query($x: Boolean!) { actor(id: "valdoria") { timeline { edges { node { id ... on Statement @include(if: $x) { quote } } } } } }`,
			map[string]any{"x": false}, true, 0},
		{"a type's own field kept by a variable", `query($x: Boolean!) { actor(id: "valdoria") { timeline { edges { node { id ... on Statement @include(if: $x) { quote } } } } } }`,
			map[string]any{"x": true}, false, 0},
		{"every event connection, with arguments", `query($id: ID!) { actor(id: $id) {
			timeline(first: 2, order: ASC, types: [INTERACTION], from: "2024-01", to: "2024-02") { edges { cursor node { id } } pageInfo { hasNextPage } }
			statements(first: 5) { edges { node { id title } } }
			meetings { edges { node { id } } }
			interactions(first: 1, from: "2024-02-01") { edges { node { id when { display } } } }
			policyShifts { edges { node { id title } } } } }`, valdoria, true, 0},
		{"the root timeline", `{ timeline(filter: {actors: ["valdoria"], allActors: ["kestria"], types: [INTERACTION, STATEMENT]}, first: 10) { edges { node { id title participants { name } } } } }`,
			nil, true, 0},
		{"the root timeline, paged", `query($after: String) { timeline(first: 2, after: $after, order: DESC) { edges { cursor node { __typename id } } pageInfo { startCursor endCursor hasPreviousPage } } }`,
			map[string]any{"after": base64.RawURLEncoding.EncodeToString([]byte("ev:2024-02-01"))}, true, 0},
		{"the benchmark's page as of a moment", `query($id: ID!, $at: DateTime) { actor(id: $id, asOf: $at) { timeline(first: 50) { edges { node { id title when { start precision } participants { id name } sources { sentence article { title } } } } } } }`,
			valdoriaNow, true, 1},
		{"an actor and its pages as of a moment", `query($id: ID!, $at: DateTime) { actor(id: $id, asOf: $at) { id name kind aliases
			timeline(first: 5) { edges { node { ` + everyField + ` } } } statements(first: 2) { edges { node { id } } } } }`, valdoriaNow, true, 0},
		{"the root timeline as of a moment", `query($at: DateTime) { timeline(filter: {actors: ["valdoria"]}, first: 10, asOf: $at) { edges { cursor node { id title participants { name } } } } }`,
			map[string]any{"at": now}, true, 0},
		{"an empty page", `{ actor(id: "valdoria") { id timeline(from: "2030") { edges { node { id } } pageInfo { hasNextPage startCursor } } } }`,
			nil, true, 2},
		{"a dyad's page, its actors resolved in the same read", `{ dyad(a: "valdoria", b: "kestria") { events(first: 5) { edges { node { id title when { start precision } participants { id name } } } } } }`,
			nil, true, 1},
		{"the histogram of a year by month", `{ timelineHistogram(filter: {from: "2024", to: "2024"}, bucket: MONTH) { __typename label start end count byType { __typename type count } unknownDate } }`,
			nil, true, 2}, // the month tallies, then the undated events (unknownDate)
		{"an actor's histogram by day, aliased", `{ h: timelineHistogram(filter: {actors: ["valdoria"], types: [INTERACTION, STATEMENT]}, bucket: DAY) { l: label count byType { count type } } }`,
			nil, true, 0},
		{"a dyad's actors and page", `{ dyad(a: "kestria", b: "valdoria", from: "2024-01") { __typename a { id name } b { id } events(order: ASC, types: [INTERACTION]) { edges { cursor node { id } } pageInfo { hasNextPage } } } }`,
			nil, true, 0},

		{"the benchmark's paths, resolved and read in one round trip", `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { actors { id name }
			hops { from { id } to { id } events { id title } } } }`, map[string]any{"from": "aria-novak", "to": "dan-ruiz"}, true, 1},
		{"paths with every kind of field", `{ p: paths(from: "aria-novak", to: "dan-ruiz", eventsPerHop: 2) { __typename actors { __typename id name kind }
			hops { __typename f: from { name } to { id name } events { ` + everyField + ` } } } }`, nil, true, 0},
		{"paths without events", `{ paths(from: "kestria", to: "valdoria", eventsPerHop: 0) { hops { from { id } events { id } } } }`, nil, true, 0},
		{"paths, an empty list within two hops", `{ paths(from: "aria-novak", to: "dan-ruiz", maxHops: 2) { actors { id } } }`, nil, true, 1},
		{"the benchmark's search", `query($text: String!) { search(text: $text, first: 20) { kind score
			node { ... on Actor { id name } ... on Statement { id quote paraphrase } ... on Topic { id name } } highlights { field fragment } } }`,
			map[string]any{"text": "grain Kestria"}, true, 1},
		{"search with every field", `{ search(text: "grain Kestria") { __typename kind score highlights { __typename field fragment }
			node { __typename ... on Actor { id name kind aliases description } ... on Statement { ` + everyField + ` quote paraphrase }
			... on Topic { __typename id name } } } }`, nil, true, 0},
		{"search, statements through Event and Node", `{ s: search(text: "grain", kinds: [STATEMENT], first: 2) { node { ... on Event { id title } ... on Node { id } } } }`,
			nil, true, 0},
		{"the benchmark's stance history", `query($a: ID!, $t: String!) { stanceHistory(actor: $a, topic: $t) { shiftCount
			positions { stance since { start } until { start } }
			shifts { shift { id when { start precision } from to } evidence { id quote } evidenceCount } } }`,
			map[string]any{"a": "valdoria", "t": "Grain Exports"}, true, 1},
		{"a stance history with every field", `{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { __typename actor { id name }
			topic { __typename id name } shiftCount positions(first: 2) { __typename stance since { display } until { display text } }
			shifts(first: 1) { __typename evidenceCount shift { ` + everyField + ` from to direction }
			evidence(first: 1) { ` + everyField + ` quote paraphrase } } more: shifts { shift { id } evidence(first: 0) { id } } } }`, nil, true, 0},
		{"one field through two unrelated types", `{ actor(id: "valdoria") { ... on Node { id } id timeline(first: 2) { edges { node { ... on Event { id } ... on Node { id } } } } } }`,
			nil, true, 0},
		// Left to gqlgen: errors, and what the writer does not know.
		{"unknown actor", `{ actor(id: "nobody") { timeline { edges { node { id } } } } }`, nil, false, 0},
		{"first over the cap", `{ actor(id: "valdoria") { timeline(first: 500) { edges { node { id } } } } }`, nil, false, 0},
		{"asOf in the future", `{ actor(id: "valdoria", asOf: "2999-01-01T00:00:00Z") { timeline { edges { node { id } } } } }`, nil, false, 0},
		{"a bad cursor", `{ timeline(after: "nope") { edges { node { id } } } }`, nil, false, 0},
		{"roles of participants", `{ actor(id: "valdoria") { timeline { edges { node { involvements { role actor { id } } } } } } }`, nil, false, 0},
		{"a type's own field", `{ actor(id: "valdoria") { timeline { edges { node { id ... on Statement { quote } } } } } }`, nil, false, 0},
		{"a place", `{ actor(id: "aria-novak") { timeline { edges { node { ... on Meeting { place { name } } } } } } }`, nil, false, 0},
		{"a participant's own page", `{ actor(id: "aria-novak") { timeline { edges { node { participants { timeline(first: 1) { edges { node { id } } } } } } } } }`, nil, false, 0},
		{"an actor's roles", `{ actor(id: "aria-novak") { roles { title } timeline { edges { node { id } } } } }`, nil, false, 0},
		{"an article's text", `{ actor(id: "aria-novak") { timeline { edges { node { sources { article { text } } } } } } }`, nil, false, 0},
		{"two root fields", `{ actor(id: "valdoria") { name } timeline(first: 1) { edges { node { id } } } }`, nil, false, 0},
		{"another root field", `{ actors(first: 2) { edges { node { id } } } }`, nil, false, 0},
		{"a histogram of nobody", `{ timelineHistogram(filter: {actors: ["ghost"]}) { label } }`, nil, false, 0},
		{"a dyad with nobody", `{ dyad(a: "valdoria", b: "ghost") { events { edges { node { id } } } } }`, nil, false, 0},
		{"a statement's speaker in search", `{ search(text: "grain") { node { ... on Statement { speaker { id } } } } }`, nil, false, 0},
		{"an empty search", `{ search(text: "") { kind } }`, nil, false, 0},
		{"a stance history's evidence over the cap", `{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { shifts(first: 1) { evidence(first: 101) { id } } } }`, nil, false, 0},
		{"a stance history's speakers", `{ stanceHistory(actor: "valdoria", topic: "Grain Exports") { shifts { evidence { speaker { id } } } } }`, nil, false, 0},
		{"paths to nobody", `{ paths(from: "aria-novak", to: "ghost") { actors { id } } }`, nil, false, 0},
		{"a dyad's series", `{ dyad(a: "valdoria", b: "kestria") { series { month } events { edges { node { id } } } } }`, nil, false, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := direct.Load()
			wantStatus, want := rawPost(t, without.URL+"/query", c.query, c.vars)
			trips := a.trips.Load()
			gotStatus, got := rawPost(t, with.URL+"/query", c.query, c.vars)
			if trips = a.trips.Load() - trips; c.trips > 0 && trips != c.trips {
				t.Errorf("the direct answer took %d round trips, want %d", trips, c.trips)
			}
			if gotStatus != wantStatus || !bytes.Equal(got, want) {
				t.Fatalf("direct answer differs from gqlgen's:\n got %d %s\nwant %d %s", gotStatus, got, wantStatus, want)
			}
			if answered := direct.Load() - before; answered != map[bool]int64{true: 1, false: 0}[c.direct] {
				t.Fatalf("answered directly %d times; want direct=%v (answer %s)", answered, c.direct, got)
			}
			if c.direct && (!bytes.HasPrefix(got, []byte(`{"data":{`)) || bytes.Contains(got, []byte(`"errors"`))) {
				t.Fatalf("a direct case should be a plain answer: %s", got)
			}
			if strings.Contains(c.name, "escapes") && !bytes.Contains(got, []byte(`\"grain\" — ünless\nwinter.\u0001`)) {
				t.Fatalf("the escapes case should show the quote with every kind of escape: %s", got)
			}
			if c.direct && !strings.Contains(c.name, "empty") && !bytes.Contains(got, []byte(`"node":{`)) && !bytes.Contains(got, []byte(`"count":`)) &&
				!bytes.Contains(got, []byte(`"hops":[{`)) && !bytes.Contains(got, []byte(`"shift":{`)) {
				t.Fatalf("a direct case came back empty, which compares nothing: %s", got)
			}
		})
	}
}
