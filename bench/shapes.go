package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/store"
)

// The analyst shapes bench/run.sh measures: each is one question asked of
// our server (Query), of Neo4j through the best single Cypher statement a
// person would write with the same indexes and derived data (Floor), and,
// where its type definitions can express the question, of the
// @neo4j/graphql peer (Peer). Canon reduces each answer to the same lines
// (ids, counts, order where the answer has one), so a run first checks the
// three agree (load -check) before timing them.
//
// The floors are written here by hand on purpose, never taken from package
// store, even where a floor reads as our statement does (the
// neighbourhood's first hop is store's cypherNeighborhoodOneHop; the
// counterparts floor is the events-counting statement store's tests keep
// as their reference): a floor is what ours is measured against, and a
// shared text would move the floor with every change to ours. The
// duplicates tool lists these pairs; they stay.

// Params are the actors, topic and words the shapes ask about, found once
// per graph (FindParams) and passed to every run as JSON.
type Params struct {
	Actor   string `json:"actor"`   // the busiest actor
	Partner string `json:"partner"` // the actor sharing most events with it (dyad)
	Far     string `json:"far"`     // a far less active actor (paths)
	Topic   string `json:"topic"`   // the topic Actor shifted on most (stance history)
	Text    string `json:"text"`    // search words, of the generator's statements
}

// Shape is one analyst question in its three forms.
type Shape struct {
	Name  string
	Query string // ours
	Vars  func(Params) map[string]any
	Floor string
	// FloorParams are the floor's parameters; nil: Vars.
	FloorParams func(Params) map[string]any
	// Peer is the question for @neo4j/graphql, "" when its type
	// definitions cannot express it (NoPeer says why).
	Peer   string
	NoPeer string
	// OursCanon reads ours' and the peer's data, FloorCanon the floor's
	// records, into comparable lines.
	OursCanon  func(data any) []string
	PeerCanon  func(data any) []string
	FloorCanon func(recs []*neo4j.Record) []string
}

// ShapeNames is the fixed order of run.sh's lines.
var ShapeNames = []string{"timeline", "dyad", "search", "stance", "counterparts", "neighborhood", "paths", "histogram"}

// ShapeByName returns the shape called name.
func ShapeByName(name string) (Shape, error) {
	for _, s := range Shapes() {
		if s.Name == name {
			return s, nil
		}
	}
	return Shape{}, fmt.Errorf("no shape %q (have %s)", name, strings.Join(ShapeNames, ", "))
}

func actorVars(p Params) map[string]any { return map[string]any{"id": p.Actor} }

// Shapes lists every shape, in ShapeNames' order.
func Shapes() []Shape {
	return []Shape{
		{
			Name: "timeline", Query: TimelineQuery, Vars: actorVars,
			Floor:       CypherTimelinePage,
			FloorParams: func(p Params) map[string]any { return map[string]any{"id": p.Actor, "first": 50} },
			Peer:        PeerTimelineQuery,
			OursCanon:   func(d any) []string { return field(list(at(d, "actor.timeline.edges")), "node.id") },
			PeerCanon:   func(d any) []string { return field(list(at(first(list(at(d, "actors"))), "events")), "id") },
			FloorCanon:  func(recs []*neo4j.Record) []string { return column(recs, "id") },
		},
		{
			Name: "dyad",
			Query: `query($a: ID!, $b: ID!) { dyad(a: $a, b: $b) { events(first: 20) { edges { node {
  id title when { start precision } participants { id name } } } } } }`,
			Vars:  func(p Params) map[string]any { return map[string]any{"a": p.Actor, "b": p.Partner} },
			Floor: cypherDyadPage,
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"a": p.Actor, "b": p.Partner, "first": 20}
			},
			Peer: `query($a: ID!, $b: ID!) { actors(where: { id: { eq: $a } }) {
  events(where: { participants: { some: { id: { eq: $b } } } }, sort: [{ sortKey: DESC }], limit: 20) {
    id title start precision participants { id name } } } }`,
			OursCanon:  func(d any) []string { return field(list(at(d, "dyad.events.edges")), "node.id") },
			PeerCanon:  func(d any) []string { return field(list(at(first(list(at(d, "actors"))), "events")), "id") },
			FloorCanon: func(recs []*neo4j.Record) []string { return column(recs, "id") },
		},
		{
			Name: "search",
			Query: `query($text: String!) { search(text: $text, first: 20) { kind score
  node { ... on Actor { id name } ... on Statement { id quote paraphrase } ... on Topic { id name } } highlights { field fragment } } }`,
			Vars:   func(p Params) map[string]any { return map[string]any{"text": p.Text} },
			Floor:  cypherSearch,
			NoPeer: "full-text search over three indexes merged by score, a union result and highlights: @fulltext gives one index per type and no union across them",
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"q": store.AnyWordsQuery(p.Text), "statementQ": store.StatementQuery(p.Text), "limit": 20}
			},
			OursCanon:  func(d any) []string { return listColumns(d, "search", "kind", "node.id") },
			FloorCanon: func(recs []*neo4j.Record) []string { return columns(recs, "kind", "id") },
		},
		{
			Name: "stance",
			Query: `query($a: ID!, $t: String!) { stanceHistory(actor: $a, topic: $t) { shiftCount
  positions { stance since { start } until { start } }
  shifts { shift { id when { start precision } from to } evidence { id quote } evidenceCount } } }`,
			Vars:  func(p Params) map[string]any { return map[string]any{"a": p.Actor, "t": p.Topic} },
			Floor: cypherStance,
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"actor": p.Actor, "topic": p.Topic, "shifts": 101, "evidence": 10}
			},
			NoPeer: "a shift's topic and evidence are expressible, but not the positions between shifts, nor the count of all shifts together with the first 100",
			OursCanon: func(d any) []string {
				out := []string{fmt.Sprintf("shifts %v", at(d, "stanceHistory.shiftCount"))}
				for _, s := range list(at(d, "stanceHistory.shifts")) {
					out = append(out, fmt.Sprintf("%v %v %s", at(s, "shift.id"), at(s, "evidenceCount"), strings.Join(field(list(at(s, "evidence")), "id"), ",")))
				}
				return out
			},
			FloorCanon: func(recs []*neo4j.Record) []string {
				var out []string
				for i, r := range recs {
					if i == 0 {
						out = append(out, fmt.Sprintf("shifts %v", get(r, "total")))
					}
					if i == 100 { // the 101st shift only closes the last position
						break
					}
					out = append(out, fmt.Sprintf("%v %v %s", get(r, "id"), get(r, "evidenceCount"), strings.Join(field(list(get(r, "evidence")), "id"), ",")))
				}
				return out
			},
		},
		{
			Name: "counterparts",
			Query: `query($id: ID!) { actor(id: $id) { counterparts(first: 25) { actor { id name }
  events meetings interactions firstSeen lastSeen cooperation conflict } } }`,
			Vars:  actorVars,
			Floor: cypherCounterparts,
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"id": p.Actor, "first": 25}
			},
			NoPeer: "counting shared events per other actor needs a grouped aggregation, which the generated queries do not have (only @cypher fields, i.e. hand-written Cypher)",
			OursCanon: func(d any) []string {
				var out []string
				for _, c := range list(at(d, "actor.counterparts")) {
					out = append(out, fmt.Sprintf("%v %v %v %v %.2f %.2f", at(c, "actor.id"), at(c, "events"), at(c, "meetings"),
						at(c, "interactions"), num(at(c, "cooperation")), num(at(c, "conflict"))))
				}
				return out
			},
			FloorCanon: func(recs []*neo4j.Record) []string {
				var out []string
				for _, r := range recs {
					out = append(out, fmt.Sprintf("%v %v %v %v %.2f %.2f", get(r, "other"), get(r, "events"), get(r, "meetings"),
						get(r, "interactions"), num(get(r, "cooperation")), num(get(r, "conflict"))))
				}
				return out
			},
		},
		{
			Name:  "neighborhood",
			Query: `query($id: ID!) { neighborhood(actor: $id, hops: 1, limit: 100) { nodes { id hop actor { name } } edges(first: 5000) { source target weight } } }`,
			Vars:  actorVars,
			Floor: cypherNeighborhood,
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"id": p.Actor, "ring": 99, "centerEvents": 200, "ringEvents": 40}
			},
			NoPeer: "ranking the actors around one by the events they share, and the edges among them, are aggregations the generated queries do not have",
			OursCanon: func(d any) []string {
				nodes := field(list(at(d, "neighborhood.nodes")), "id")
				sort.Strings(nodes)
				out := []string{"nodes " + strings.Join(nodes, ",")}
				for _, e := range list(at(d, "neighborhood.edges")) {
					out = append(out, fmt.Sprintf("%v|%v %v", at(e, "source"), at(e, "target"), at(e, "weight")))
				}
				return out
			},
			FloorCanon: func(recs []*neo4j.Record) []string {
				if len(recs) == 0 {
					return nil
				}
				nodes := strs(get(recs[0], "nodes"))
				sort.Strings(nodes)
				out := []string{"nodes " + strings.Join(nodes, ",")}
				for _, e := range get(recs[0], "edges").([]any) {
					m := e.(map[string]any)
					out = append(out, fmt.Sprintf("%v %v", m["key"], m["n"]))
				}
				return out
			},
		},
		{
			Name: "paths",
			Query: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { actors { id name }
  hops { from { id } to { id } events { id title } } } }`,
			Vars:  func(p Params) map[string]any { return map[string]any{"from": p.Actor, "to": p.Far} },
			Floor: cypherPaths4,
			FloorParams: func(p Params) map[string]any {
				return map[string]any{"from": p.Actor, "to": p.Far, "scan": 1000, "first": 5, "perHop": 3}
			},
			NoPeer: "shortest paths are not expressible in the generated queries",
			OursCanon: func(d any) []string {
				var out []string
				for _, p := range list(at(d, "paths")) {
					line := strings.Join(field(list(at(p, "actors")), "id"), ">")
					for _, h := range list(at(p, "hops")) {
						line += " " + strings.Join(field(list(at(h, "events")), "id"), ",")
					}
					out = append(out, line)
				}
				sort.Strings(out)
				return out
			},
			FloorCanon: func(recs []*neo4j.Record) []string {
				var out []string
				for _, r := range recs {
					line := strings.Join(strs(get(r, "actors")), ">")
					for _, h := range get(r, "hops").([]any) {
						line += " " + strings.Join(strs(h), ",")
					}
					out = append(out, line)
				}
				sort.Strings(out)
				return out
			},
		},
		{
			Name:   "histogram",
			Query:  `{ timelineHistogram(filter: {from: "2025", to: "2025"}, bucket: MONTH) { label count byType { type count } } }`,
			Vars:   func(Params) map[string]any { return map[string]any{} },
			Floor:  cypherHistogram,
			NoPeer: "counts per month and type need a grouped aggregation (or the tallies), which the generated queries do not have",
			FloorParams: func(Params) map[string]any {
				return map[string]any{"from": "2025-01", "to": "2025-12~"}
			},
			OursCanon:  func(d any) []string { return listColumns(d, "timelineHistogram", "label", "count") },
			FloorCanon: func(recs []*neo4j.Record) []string { return columns(recs, "month", "n") },
		},
	}
}

// PeerTimelineQuery is the timeline page for @neo4j/graphql.
const PeerTimelineQuery = `query($id: ID!) { actors(where: { id: { eq: $id } }) {
  events(sort: [{ sortKey: DESC }], limit: 50) { id title start precision participants { id name }
    sourcesConnection { edges { properties { sentence } node { title } } } } } }`

// cypherDyadPage reads the less connected actor's events newest first in
// the INVOLVED_IN(actor, key) index and keeps those the other is in. The
// read is a subquery of the chosen actor: written as a MATCH after the
// WITH that chooses it, the planner checked every event of that actor for
// the other and sorted them all (Top) before keeping 20, instead of
// reading the index in order and stopping at the 20th (Limit).
const cypherDyadPage = `
MATCH (x:Actor) WHERE x.id IN [$a, $b]
WITH x ORDER BY COUNT { (x)-[:INVOLVED_IN]->() } ASC LIMIT 1
WITH x.id AS one, CASE x.id WHEN $a THEN $b ELSE $a END AS other
CALL (one, other) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = one AND r.key < '~' AND EXISTS { MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor = other }
  RETURN e ORDER BY r.actor DESC, r.key DESC LIMIT $first
}
RETURN e.id AS id, e.title AS title, e.start AS start, e.precision AS precision,
  COLLECT { MATCH (p:Actor)-[:INVOLVED_IN]->(e) RETURN DISTINCT {id: p.id, name: p.name} } AS participants`

// cypherSearch asks the three full-text indexes (statements: event_text's
// quote and paraphrase fields) and keeps the best hits.
const cypherSearch = `
CALL () {
  CALL db.index.fulltext.queryNodes('actor_names', $q, {limit: $limit}) YIELD node, score
  RETURN node, score, 'ACTOR' AS kind
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_text', $statementQ, {limit: $limit}) YIELD node, score
  WITH node, score WHERE node:Statement
  RETURN node, score, 'STATEMENT' AS kind
  UNION ALL
  CALL db.index.fulltext.queryNodes('topic_names', $q, {limit: $limit}) YIELD node, score
  RETURN node, score, 'TOPIC' AS kind
}
WITH node, score, kind ORDER BY score DESC, node.id LIMIT $limit
RETURN kind, node.id AS id, score, node.name AS name, node.aliases AS aliases, node.quote AS quote, node.paraphrase AS paraphrase`

// cypherStance reads the actor's shifts on the topic in time order, the
// first $shifts of them, each with its first $evidence statements.
const cypherStance = `
MATCH (:Actor {id: $actor})-[:SHIFTED]->(p:PolicyShift)-[:ON]->(:Topic {id: $topic})
WITH p ORDER BY p.sortKey, p.id
WITH collect(p) AS shifts
UNWIND shifts[..$shifts] AS p
RETURN size(shifts) AS total, p.id AS id, p.start AS start, p.precision AS precision, p.fromStance AS from, p.toStance AS to,
  COLLECT { MATCH (p)-[:EVIDENCED_BY]->(s:Statement) WITH s ORDER BY s.sortKey, s.id LIMIT $evidence
            RETURN {id: s.id, quote: s.quote} } AS evidence,
  COUNT { (p)-[:EVIDENCED_BY]->(:Statement) } AS evidenceCount`

// cypherCounterparts reads every meeting and interaction of the actor in
// the INVOLVED_IN index and counts them per other actor involved.
const cypherCounterparts = `
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = $id AND r.key >= '' AND r.type IN ['MEETING', 'INTERACTION']
MATCH (e)<-[o:INVOLVED_IN]-(oa)
WHERE o.actor <> $id
WITH oa, o.actor AS other, r.type AS type, r.key AS key,
     CASE WHEN r.type = 'INTERACTION' THEN coalesce(e.score, 0.0) ELSE 0.0 END AS score
WITH oa, other, count(*) AS events,
     count(CASE WHEN type = 'MEETING' THEN 1 END) AS meetings,
     count(CASE WHEN type = 'INTERACTION' THEN 1 END) AS interactions,
     min(key) AS firstKey, max(key) AS lastKey,
     sum(CASE WHEN score > 0 THEN score ELSE 0.0 END) AS cooperation,
     sum(CASE WHEN score < 0 THEN score ELSE 0.0 END) AS conflict
ORDER BY events DESC, other LIMIT $first
RETURN other, oa.name AS name, events, meetings, interactions, firstKey, lastKey, cooperation, conflict`

// cypherNeighborhood is our neighbourhood of one hop in one statement:
// the actors most often in the center's latest $centerEvents events, the
// pairs among them seen in each one's latest $ringEvents, and their
// exact weights from the pairs' LINKED tallies.
const cypherNeighborhood = `
MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = $id AND r.key < '~'
WITH e ORDER BY r.actor DESC, r.key DESC LIMIT $centerEvents
MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor <> $id
WITH o.actor AS other, count(*) AS w ORDER BY w DESC, other ASC LIMIT $ring
WITH collect(other) AS ring
WITH ring, [$id] + ring AS members
CALL (ring, members) {
  UNWIND ring AS x
  CALL (x, members) {
    MATCH ()-[r:INVOLVED_IN]->(e:Event) WHERE r.actor = x AND r.key < '~'
    WITH e ORDER BY r.actor DESC, r.key DESC LIMIT $ringEvents
    MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor <> x AND o.actor IN members
    RETURN DISTINCT o.actor AS y
  }
  RETURN collect(DISTINCT CASE WHEN x < y THEN x + '|' + y ELSE y + '|' + x END) AS seen
}
WITH members, ring, seen + [x IN ring | CASE WHEN $id < x THEN $id + '|' + x ELSE x + '|' + $id END] AS keys
CALL (keys) {
  UNWIND keys AS k
  WITH DISTINCT k
  MATCH ()-[l:LINKED {key: k}]->()
  WITH k, l.n AS n ORDER BY n DESC, k
  RETURN collect({key: k, n: n}) AS edges
}
RETURN members AS nodes, edges`

// cypherPaths4 is the shortest chains over LINKED within 4 hops, each
// hop's 3 newest events read from the less connected actor's index.
const cypherPaths4 = `
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:LINKED*..4]-(b))
WITH p LIMIT $scan
WITH DISTINCT nodes(p) AS actors
LIMIT $first
CALL (actors) {
  UNWIND range(0, size(actors) - 2) AS i
  WITH i, actors[i] AS x, actors[i + 1] AS y
  WITH i, CASE WHEN COUNT { (x)-[:INVOLVED_IN]->() } <= COUNT { (y)-[:INVOLVED_IN]->() }
                THEN [x.id, y.id] ELSE [y.id, x.id] END AS pair
  CALL (pair) {
    MATCH ()-[r:INVOLVED_IN]->(e:Event)
    WHERE r.actor = pair[0] AND r.key >= '' AND EXISTS { MATCH (e)<-[o:INVOLVED_IN]-() WHERE o.actor = pair[1] }
    RETURN e ORDER BY r.actor DESC, r.key DESC LIMIT $perHop
  }
  WITH i, collect(e.id) AS events ORDER BY i
  RETURN collect(events) AS hops
}
RETURN [n IN actors | n.id] AS actors, hops`

// cypherHistogram sums the month tallies of the year (the whole graph's
// counts per month, type and shard), months without events left out.
const cypherHistogram = `
MATCH (m:MonthTally) WHERE m.key >= $from AND m.key < $to
WITH m.month AS month, m.type AS type, sum(m.n) AS n WHERE n > 0
WITH month, collect({type: type, n: n}) AS byType, sum(n) AS n
RETURN month, n, byType ORDER BY month`

// FindParams picks the shapes' actors, topic and words in the graph.
func FindParams(ctx context.Context, drv neo4j.DriverWithContext) (Params, error) {
	ids, err := BusiestActors(ctx, drv, 2000)
	if err != nil {
		return Params{}, err
	}
	if len(ids) == 0 {
		return Params{}, fmt.Errorf("the graph has no actors: run eventgraph gen first")
	}
	p := Params{Actor: ids[0], Text: "provocations blockade"}
	tail := make([]string, 0, len(ids)/2)
	for i := len(ids) - 1; i >= len(ids)/2; i-- {
		tail = append(tail, ids[i])
	}
	// Far is the least busy of the 2,000 busiest that does not share an
	// event with Actor: a path of more than one hop.
	res, err := neo4j.ExecuteQuery(ctx, drv, `
MATCH (a:Actor {id: $id})
RETURN COLLECT { UNWIND $tail AS t MATCH (b:Actor {id: t}) WHERE NOT EXISTS { (a)-[:LINKED]-(b) } RETURN t LIMIT 1 } AS far,
  COLLECT { MATCH (a)-[l:LINKED]-(b) RETURN b.id ORDER BY l.n DESC, b.id LIMIT 1 } AS partner,
  COLLECT { MATCH (a)-[:SHIFTED]->(:PolicyShift)-[:ON]->(t:Topic) WITH t, count(*) AS n RETURN t.id ORDER BY n DESC, t.id LIMIT 1 } AS topic`,
		map[string]any{"id": p.Actor, "tail": tail}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return Params{}, err
	}
	r := res.Records[0]
	if l := strs(get(r, "far")); len(l) > 0 {
		p.Far = l[0]
	}
	if l := strs(get(r, "partner")); len(l) > 0 {
		p.Partner = l[0]
	}
	if l := strs(get(r, "topic")); len(l) > 0 {
		p.Topic = l[0]
	}
	return p, nil
}

// FloorOnce runs a shape's floor once and reduces its records to lines.
func (s Shape) FloorOnce(ctx context.Context, drv neo4j.DriverWithContext, p Params) ([]string, error) {
	params := s.floorParams(p)
	res, err := neo4j.ExecuteQuery(ctx, drv, s.Floor, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting(), EndsWith(ctx))
	if err != nil {
		return nil, fmt.Errorf("%s floor: %w", s.Name, err)
	}
	return s.FloorCanon(res.Records), nil
}

func (s Shape) floorParams(p Params) map[string]any {
	if s.FloorParams != nil {
		return s.FloorParams(p)
	}
	return s.Vars(p)
}

// FloorClient is the shape's floor as a CypherClient.
func (s Shape) FloorClient(drv neo4j.DriverWithContext, p Params) *CypherClient {
	return &CypherClient{Driver: drv, Cypher: s.Floor, Params: s.floorParams(p)}
}

// DataCanon reduces a GraphQL answer's data (ours or the peer's) to lines.
func (s Shape) DataCanon(body []byte, peer bool) ([]string, error) {
	var doc struct {
		Data   any               `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(body, &doc); err != nil {
		return nil, err
	}
	if len(doc.Errors) > 0 {
		return nil, fmt.Errorf("%s: errors %s", s.Name, doc.Errors[0])
	}
	if peer {
		return s.PeerCanon(doc.Data), nil
	}
	return s.OursCanon(doc.Data), nil
}

// SameLines says where two canonical answers first differ, "" when they
// are the same.
func SameLines(a, b []string) string {
	for i := 0; i < max(len(a), len(b)); i++ {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			var x, y string
			if i < len(a) {
				x = a[i]
			}
			if i < len(b) {
				y = b[i]
			}
			return fmt.Sprintf("line %d of %d/%d: %q vs %q", i+1, len(a), len(b), x, y)
		}
	}
	return ""
}

// Helpers reading decoded JSON and records.

func at(v any, path string) any {
	for _, k := range strings.Split(path, ".") {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

func list(v any) []any { l, _ := v.([]any); return l }

func first(l []any) any {
	if len(l) == 0 {
		return nil
	}
	return l[0]
}

func field(l []any, path string) []string {
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = fmt.Sprint(at(x, path))
	}
	return out
}

func num(v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case int64:
		return float64(x)
	}
	return 0
}

func get(r *neo4j.Record, key string) any { v, _ := r.Get(key); return v }

func strs(v any) []string {
	l, _ := v.([]any)
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = fmt.Sprint(x)
	}
	return out
}

func column(recs []*neo4j.Record, key string) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = fmt.Sprint(get(r, key))
	}
	return out
}

// listColumns is columns for our answer: "a b" for each item of the list
// at path in d (nil for none, as the shapes' own loops give).
func listColumns(d any, path, a, b string) []string {
	var out []string
	for _, x := range list(at(d, path)) {
		out = append(out, fmt.Sprintf("%v %v", at(x, a), at(x, b)))
	}
	return out
}

func columns(recs []*neo4j.Record, a, b string) []string {
	out := make([]string, len(recs))
	for i, r := range recs {
		out[i] = fmt.Sprintf("%v %v", get(r, a), get(r, b))
	}
	return out
}
