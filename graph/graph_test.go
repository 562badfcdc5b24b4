package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/internal/testserver"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/sampledata"
	"github.com/eventgraph/eventgraph/store"
)

// api is a real HTTP server over the real Neo4j.
type api struct {
	t     *testing.T
	url   string
	store *store.Store
	trips atomic.Int64
}

func newAPI(t *testing.T) *api {
	s := neo4jtest.Store(t)
	a := &api{t: t, store: s}
	s.OnRoundTrip(func() { a.trips.Add(1) })
	// The tests write through the API as an admin (every mutation);
	// server's tests hold the roles to what each may do.
	a.url = testserver.Keyed(t, s, "graph-tests admin "+adminKey).URL + "/query"
	return a
}

// adminKey is the key newAPI's server knows; do sends it.
const adminKey = "graph-tests-admin-key-0123456789"

func (a *api) loadSample() {
	a.t.Helper()
	if _, err := loaders.ImportJSON(context.Background(), a.store, sampledata.Seed); err != nil {
		a.t.Fatal(err)
	}
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// do posts a query and decodes the response; data decodes into out.
func (a *api) do(query string, vars map[string]any, out any) []gqlError {
	a.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, a.url, bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/graphql-response+json, application/json")
	req.Header.Set("Authorization", "Bearer "+adminKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		a.t.Fatal(err)
	}
	defer res.Body.Close()
	var r response
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		a.t.Fatalf("decoding response (status %d): %v", res.StatusCode, err)
	}
	if out != nil && len(r.Data) > 0 && string(r.Data) != "null" {
		if err := json.Unmarshal(r.Data, out); err != nil {
			a.t.Fatalf("decoding data %s: %v", r.Data, err)
		}
	}
	return r.Errors
}

// mustDo is do that fails the test on any GraphQL error.
func (a *api) mustDo(query string, vars map[string]any, out any) {
	a.t.Helper()
	if errs := a.do(query, vars, out); len(errs) > 0 {
		a.t.Fatalf("errors: %+v", errs)
	}
}

// actorIDNamed is the id of the first actor the actors filter finds by
// name; none found fails the test.
func (a *api) actorIDNamed(name string) string {
	a.t.Helper()
	var out struct {
		Actors struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	a.mustDo(`query($name: String!) { actors(filter: {name: $name}, first: 1) { edges { node { id } } } }`, map[string]any{"name": name}, &out)
	if len(out.Actors.Edges) != 1 {
		a.t.Fatalf("no actor named %q: %+v", name, out)
	}
	return out.Actors.Edges[0].Node.ID
}

func code(errs []gqlError) string {
	if len(errs) == 0 {
		return "no error"
	}
	c, _ := errs[0].Extensions["code"].(string)
	return c
}

// wantError runs query and holds its first error to code and to a
// message that names mentions.
func wantError(t *testing.T, a *api, query, wantCode, mentions string) {
	t.Helper()
	errs := a.do(query, nil, nil)
	if code(errs) != wantCode {
		t.Fatalf("code %q, want %q: %+v", code(errs), wantCode, errs)
	}
	if !strings.Contains(errs[0].Message, mentions) {
		t.Fatalf("message %q does not name %q", errs[0].Message, mentions)
	}
}

func TestPlaygroundQueryAnswersWithTheMeetingAndItsSource(t *testing.T) {
	a := newAPI(t)
	a.loadSample()
	var out struct {
		Actors struct {
			Edges []struct {
				Node struct {
					Name     string
					Timeline struct {
						Edges []struct {
							Node struct {
								Typename     string `json:"__typename"`
								When         struct{ Start, Precision string }
								Participants []struct{ Name string }
								Place        *struct{ Name string }
								Sources      []struct {
									Article struct{ Title, PublishedAt string }
								}
							}
						}
					}
				}
			}
		}
	}
	a.mustDo(`{ actors(filter: {name: "Rubio"}, first: 1) { edges { node { name
	    timeline(first: 10) { edges { node { __typename when { start precision }
	      ... on Meeting { participants { name } place { name } }
	      sources { article { title publishedAt } } } } } } } } }`, nil, &out)
	if len(out.Actors.Edges) != 1 || out.Actors.Edges[0].Node.Name != "Marco Rubio" {
		t.Fatalf("actors: %+v", out.Actors)
	}
	found := false
	for _, e := range out.Actors.Edges[0].Node.Timeline.Edges {
		n := e.Node
		if n.Typename != "Meeting" {
			continue
		}
		names := fmt.Sprint(n.Participants)
		if strings.Contains(names, "Sergei Lavrov") && n.Place != nil && n.Place.Name == "New York" &&
			n.When.Start == "2025-09-24T00:00:00Z" && n.When.Precision == "DAY" &&
			len(n.Sources) == 1 && strings.Contains(n.Sources[0].Article.Title, "Lavrov") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no meeting with Lavrov in New York on 2025-09-24 with its source: %+v", out.Actors.Edges[0].Node.Timeline)
	}
}

func TestMutationsRecordFactsAndValidateInput(t *testing.T) {
	a := newAPI(t)
	for _, name := range []string{"Amara Okafor", "Lucas Brandt"} {
		a.mustDo(`mutation($n: String!) { upsertActor(input: {name: $n, kind: PERSON}) { id } }`, map[string]any{"n": name}, nil)
	}
	var actor struct {
		UpsertActor struct {
			ID, Name string
			Aliases  []string
		}
	}
	a.mustDo(`mutation { upsertActor(input: {name: "Amara Okafor", kind: PERSON, aliases: ["Okafor"]}) { id name aliases } }`, nil, &actor)
	if actor.UpsertActor.ID != "amara-okafor" || fmt.Sprint(actor.UpsertActor.Aliases) != "[Okafor]" {
		t.Fatalf("upsert: %+v", actor)
	}
	src := map[string]any{"url": "https://example.test/talks", "title": "Talks in Accra", "publishedAt": "2024-05-02T09:00:00Z",
		"sentence": "Okafor and Brandt met in Accra on Tuesday."}
	var mtg struct {
		RecordMeeting struct {
			ID           string
			When         struct{ Display string }
			Participants []struct{ ID string }
			Place        struct{ Name string }
			Sources      []struct {
				Sentence, Extractor string
				Start, End          int
			}
		}
	}
	a.mustDo(`mutation($src: SourceInput) { recordMeeting(input: {participants: ["amara-okafor", "lucas-brandt"], when: "2024-04-30",
	    place: "Accra", evidence: $src}) { id when { display } participants { id } place { name } sources { sentence extractor start end } } }`,
		map[string]any{"src": src}, &mtg)
	m := mtg.RecordMeeting
	if m.When.Display != "2024-04-30" || len(m.Participants) != 2 || m.Place.Name != "Accra" ||
		len(m.Sources) != 1 || m.Sources[0].Sentence != src["sentence"] || m.Sources[0].End != 42 {
		t.Fatalf("meeting: %+v", m)
	}
	var st struct {
		RecordStatement struct {
			Speaker struct{ ID string }
			Quote   string
		}
	}
	a.mustDo(`mutation { recordStatement(input: {speaker: "lucas-brandt", quote: "We have agreed on a framework.", when: "2024-05"}) { speaker { id } quote } }`, nil, &st)
	if st.RecordStatement.Speaker.ID != "lucas-brandt" {
		t.Fatalf("statement: %+v", st)
	}
	var ix struct {
		RecordInteraction struct {
			Kind           string
			Score          float64
			Source, Target struct{ ID string }
		}
	}
	a.mustDo(`mutation { recordInteraction(input: {source: "amara-okafor", target: "lucas-brandt", kind: PRAISE, when: "2024"}) { kind score source { id } target { id } } }`, nil, &ix)
	if ix.RecordInteraction.Kind != "PRAISE" || ix.RecordInteraction.Score <= 0 || ix.RecordInteraction.Target.ID != "lucas-brandt" {
		t.Fatalf("interaction: %+v", ix)
	}
	var ps struct {
		RecordPolicyShift struct {
			Topic, From, To string
			Actor           struct{ ID string }
		}
	}
	a.mustDo(`mutation { recordPolicyShift(input: {actor: "lucas-brandt", topic: "Cocoa tariffs", from: "for", to: "against"}) { topic from to actor { id } } }`, nil, &ps)
	if ps.RecordPolicyShift.To != "against" || ps.RecordPolicyShift.Actor.ID != "lucas-brandt" {
		t.Fatalf("policy shift: %+v", ps)
	}
	var tl struct {
		Actor struct {
			Timeline struct {
				Edges []struct {
					Node struct {
						Typename string `json:"__typename"`
					}
				}
			}
		}
	}
	a.mustDo(`{ actor(id: "lucas-brandt") { timeline(first: 10, order: ASC) { edges { node { __typename } } } } }`, nil, &tl)
	if len(tl.Actor.Timeline.Edges) != 4 {
		t.Fatalf("lucas-brandt's timeline: %+v", tl)
	}

	for _, tc := range []struct {
		name, query, code, mentions string
	}{
		{"unknown actor", `{ actor(id: "nobody") { id } }`, "NOT_FOUND", "nobody"},
		{"unknown participant", `mutation { recordMeeting(input: {participants: ["amara-okafor", "ghost"]}) { id } }`, "NOT_FOUND", "input.participants[1]"},
		{"one participant", `mutation { recordMeeting(input: {participants: ["amara-okafor"]}) { id } }`, "BAD_USER_INPUT", "participants"},
		{"empty name", `mutation { upsertActor(input: {name: "  ", kind: PERSON}) { id } }`, "BAD_USER_INPUT", "input.name"},
		{"bad date", `mutation { recordStatement(input: {speaker: "amara-okafor", quote: "x", when: "2024-13-45"}) { id } }`, "BAD_USER_INPUT", "2024-13-45"},
		{"no words", `mutation { recordStatement(input: {speaker: "amara-okafor"}) { id } }`, "BAD_USER_INPUT", "quote"},
		{"first over cap", `{ timeline(first: 101) { edges { cursor } } }`, "BAD_USER_INPUT", "first"},
		{"from after to", `{ timeline(filter: {from: "2025", to: "2024"}) { edges { cursor } } }`, "BAD_USER_INPUT", "from"},
		{"bad cursor", `{ timeline(after: "garbage!") { edges { cursor } } }`, "BAD_USER_INPUT", "after"},
		{"unknown timeline actor", `{ timeline(filter: {actors: ["ghost"]}) { edges { cursor } } }`, "NOT_FOUND", "ghost"},
		{"syntax error", `{ actors(first: ) { edges } `, "BAD_USER_INPUT", ""},
		{"unknown field", `{ actors { nope } }`, "BAD_USER_INPUT", "nope"},
		{"unknown article", `mutation { retractArticle(id: "art-missing") { eventsRemoved } }`, "NOT_FOUND", "art-missing"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantError(t, a, tc.query, tc.code, tc.mentions)
		})
	}
	// Nothing partial was written by the failed mutations.
	var all struct {
		Timeline struct{ Edges []struct{ Cursor string } }
	}
	a.mustDo(`{ timeline(first: 100) { edges { cursor } } }`, nil, &all)
	if len(all.Timeline.Edges) != 4 {
		t.Fatalf("events after failed mutations: %d, want 4", len(all.Timeline.Edges))
	}
}

func TestTimelineCursorsPageWithoutGapsEitherWay(t *testing.T) {
	a := newAPI(t)
	a.loadSample()
	for _, order := range []string{"ASC", "DESC"} {
		var all struct {
			Timeline struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.mustDo(`query($o: Order) { timeline(first: 100, order: $o) { edges { node { id } } } }`, map[string]any{"o": order}, &all)
		var paged []string
		var after any
		for i := 0; i < 50; i++ {
			var p struct {
				Timeline struct {
					Edges    []struct{ Node struct{ ID string } }
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
			a.mustDo(`query($o: Order, $after: String) { timeline(first: 7, order: $o, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
				map[string]any{"o": order, "after": after}, &p)
			for _, e := range p.Timeline.Edges {
				paged = append(paged, e.Node.ID)
			}
			if !p.Timeline.PageInfo.HasNextPage {
				break
			}
			after = p.Timeline.PageInfo.EndCursor
		}
		var whole []string
		for _, e := range all.Timeline.Edges {
			whole = append(whole, e.Node.ID)
		}
		if len(whole) < 20 || fmt.Sprint(paged) != fmt.Sprint(whole) {
			t.Fatalf("%s: pages of 7 give %d events, one page gives %d; they must be the same sequence", order, len(paged), len(whole))
		}
	}
}

func TestTimelineRoundTripsDoNotGrowWithThePage(t *testing.T) {
	a := newAPI(t)
	a.loadSample()
	query := `{ timeline(first: 50) { edges { node { id title when { start } participants { name }
	    sources { sentence article { title } } ... on Meeting { place { name } } ... on Statement { speaker { name } } } } } }`
	var out struct {
		Timeline struct{ Edges []json.RawMessage }
	}
	a.trips.Store(0)
	a.mustDo(query, nil, &out)
	if len(out.Timeline.Edges) < 30 {
		t.Fatalf("sample timeline has %d events; the bound below means little on fewer", len(out.Timeline.Edges))
	}
	// timeline, involvements, sources, places, articles: one each; a few
	// more if a batch splits across the loader's wait window.
	n := a.trips.Load()
	t.Logf("%d round trips for a page of %d events", n, len(out.Timeline.Edges))
	if n > 2 {
		t.Fatalf("%d Cypher round trips for %d events: nested fields are not batched", n, len(out.Timeline.Edges))
	}
}

func TestNodeFindsActorsEventsArticlesAndPlaces(t *testing.T) {
	a := newAPI(t)
	a.loadSample()
	var tl struct {
		Timeline struct {
			Edges []struct {
				Node struct {
					ID      string
					Place   struct{ ID string }
					Sources []struct{ Article struct{ ID string } }
				}
			}
		}
	}
	a.mustDo(`{ timeline(first: 10, filter: {types: [MEETING]}) { edges { node { id ... on Meeting { place { id } } sources { article { id } } } } } }`, nil, &tl)
	ev := tl.Timeline.Edges[0].Node
	for _, e := range tl.Timeline.Edges {
		if e.Node.Place.ID != "" {
			ev = e.Node // a meeting with a place
		}
	}
	for id, typ := range map[string]string{"marco-rubio": "Actor", ev.ID: "Meeting", ev.Sources[0].Article.ID: "Article", ev.Place.ID: "Place"} {
		var out struct {
			Node struct {
				Typename string `json:"__typename"`
				ID       string
			}
		}
		a.mustDo(`query($id: ID!) { node(id: $id) { __typename id } }`, map[string]any{"id": id}, &out)
		if out.Node.Typename != typ || out.Node.ID != id {
			t.Fatalf("node(%s) = %+v, want %s", id, out.Node, typ)
		}
	}
	if errs := a.do(`{ node(id: "no-such-thing") { id } }`, nil, nil); code(errs) != "NOT_FOUND" {
		t.Fatalf("unknown node: %+v", errs)
	}
}
