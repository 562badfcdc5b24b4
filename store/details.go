package store

import (
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Details asks a timeline read to bring, in the same round trip, what the
// caller will show of each event: who is involved, the sources with their
// articles, the place. A page of fifty events with participants and sources
// then costs one query, as a hand-written Cypher statement would.
type Details struct {
	Involvements bool
	Sources      bool
	Places       bool
	// Trim reads actors and articles without the properties the caller
	// promises not to show: an actor's aliases and description, an
	// article's URL, publisher, date, language and hash. Each property is a
	// read in Neo4j, and a page of fifty events holds a few hundred actors
	// and articles: trimmed, the page's read takes about two thirds of the
	// time. Trimmed actors and articles are complete in every other field.
	Trim bool
}

// Any reports whether anything beyond the events is asked for.
func (d Details) Any() bool { return d.Involvements || d.Sources || d.Places }

// EventDetails is what a detailed read found, keyed by event id. Every
// event of the page has an entry in each map that was asked for, empty
// when it has none.
type EventDetails struct {
	Involvements map[string][]Involved
	Sources      map[string][]domain.Source
	Places       map[string]domain.Place
	Articles     map[string]domain.Article // the sources' articles, without text
}

// eventDetailsCypher follows a page read (which yields e in order): each
// part aggregates, so it yields exactly one row per event whether or not
// it is asked for ($inv, $src, $place switch the reads on). It holds the
// two texts, whole and trimmed (Details.Trim), built at start.
var eventDetailsCypher = map[bool]string{
	false: buildEventDetails(`{a: a, role: type(r)}`,
		`{article: art.id, url: art.url, title: art.title, publisher: art.publisher,
                  publishedAt: art.publishedAt, language: art.language, contentHash: art.contentHash,
                  sentence: s.sentence, start: s.start, end: s.end, extractor: s.extractor,
                  confidence: s.confidence}`),
	true: buildEventDetails(`{id: a.id, name: a.name, kind: a.kind, role: type(r)}`,
		`{article: art.id, title: art.title,
                  sentence: s.sentence, start: s.start, end: s.end, extractor: s.extractor,
                  confidence: s.confidence}`),
}

// buildEventDetails puts an involved actor's and a source's projections
// into the details statement.
func buildEventDetails(involved, source string) string {
	return `
CALL (e) {
  WITH e WHERE $inv
  MATCH ` + involvementPattern + `
  RETURN collect(` + involved + `) AS inv
}
CALL (e) {
  WITH e WHERE $src
  MATCH (e)-[s:SUPPORTED_BY]->(art:Article)
  WITH s, art ORDER BY art.publishedAt, art.id
  RETURN collect(` + source + `) AS src
}
CALL (e) {
  WITH e WHERE $place
  MATCH (e)-[:AT]->(p:Place)
  RETURN collect({id: p.id, name: p.name})[..1] AS place
}
RETURN e, inv, src, place`
}

// withDetails wraps a page statement (ending in RETURN e ORDER BY … LIMIT)
// so that it returns each event's details too, trimmed or whole.
func withDetails(page string, trim bool) string {
	return "CALL () {" + page + "\n}\n" + eventDetailsCypher[trim]
}

func detailParams(d Details, params map[string]any) {
	params["inv"], params["src"], params["place"] = d.Involvements, d.Sources, d.Places
}

// readDetails adds one record's details to out.
func (out *EventDetails) read(r *neo4j.Record, id string, d Details) {
	if d.Involvements {
		v, _ := r.Get("inv")
		list, _ := v.([]any)
		inv := make([]Involved, 0, len(list))
		for _, x := range list {
			m, _ := x.(map[string]any)
			var actor domain.Actor
			if n, whole := m["a"].(neo4j.Node); whole {
				actor = actorFromNode(n)
			} else {
				actor = domain.Actor{ID: prop[string](m, "id"), Name: prop[string](m, "name"),
					Kind: domain.ActorKind(prop[string](m, "kind"))}
			}
			inv = append(inv, Involved{Actor: actor, Role: domain.InvolvementRole(prop[string](m, "role"))})
		}
		out.Involvements[id] = inv
	}
	if d.Sources {
		v, _ := r.Get("src")
		list, _ := v.([]any)
		srcs := make([]domain.Source, 0, len(list))
		for _, x := range list {
			m, _ := x.(map[string]any)
			art := domain.Article{ID: prop[string](m, "article"), URL: prop[string](m, "url"), Title: prop[string](m, "title"),
				Publisher: prop[string](m, "publisher"), PublishedAt: toTime(m["publishedAt"]), Language: prop[string](m, "language"),
				ContentHash: prop[string](m, "contentHash")}
			out.Articles[art.ID] = art
			srcs = append(srcs, domain.Source{ArticleID: art.ID, Evidence: domain.Evidence{Sentence: prop[string](m, "sentence"),
				Start: int(prop[int64](m, "start")), End: int(prop[int64](m, "end")), Extractor: prop[string](m, "extractor"),
				Confidence: prop[float64](m, "confidence")}})
		}
		out.Sources[id] = srcs
	}
	if d.Places {
		v, _ := r.Get("place")
		list, _ := v.([]any)
		if len(list) == 1 {
			m, _ := list[0].(map[string]any)
			out.Places[id] = domain.Place{ID: prop[string](m, "id"), Name: prop[string](m, "name")}
		} else {
			out.Places[id] = domain.Place{}
		}
	}
}

func newEventDetails() *EventDetails {
	return &EventDetails{Involvements: map[string][]Involved{}, Sources: map[string][]domain.Source{},
		Places: map[string]domain.Place{}, Articles: map[string]domain.Article{}}
}
