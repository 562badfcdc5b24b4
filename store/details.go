package store

import (
	"sort"
	"strings"
	"sync"
	"time"

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
	// Events, when it projects, reads only the event properties the caller
	// shows instead of whole nodes.
	Events EventProps
}

// EventProps names the event properties a page reads when Project is set:
// id, type and sort key always (an event's identity, its GraphQL type and
// its cursor), and the groups marked. Without Project events are read
// whole. A page's events are seen only by its own selection, so a read
// can be cut to it; a page of fifty events read this way costs Neo4j
// about a tenth less than whole nodes.
type EventProps struct {
	Project  bool
	Title    bool
	Summary  bool
	When     bool // start, end, precision, the date's words
	Reported bool
}

// Any reports whether anything beyond the events is asked for.
func (d Details) Any() bool { return d.Involvements || d.Sources || d.Places }

// reshaped reports whether a page read must be wrapped by withDetails: it
// brings details or projects its events.
func (d Details) reshaped() bool { return d.Any() || d.Events.Project }

// eventProjection is what a detailed read returns as e: the whole node, or
// a map of the properties p names.
func eventProjection(p EventProps) string {
	if !p.Project {
		return "e"
	}
	props := []string{".id", ".type", ".sortKey"}
	if p.Title {
		props = append(props, ".title")
	}
	if p.Summary {
		props = append(props, ".summary")
	}
	if p.When {
		props = append(props, ".start", ".end", ".precision", ".dateText")
	}
	if p.Reported {
		props = append(props, ".reported")
	}
	return "e {" + strings.Join(props, ", ") + "}"
}

// EventDetails is what a detailed read found, keyed by event id. Every
// event of the page has an entry in each map that was asked for, empty
// when it has none.
type EventDetails struct {
	Involvements map[string][]Involved
	Sources      map[string][]domain.Source
	Places       map[string]domain.Place
	Articles     map[string]domain.Article // the sources' articles, without text
}

// The projections of an involved actor and of a source, whole and trimmed
// (Details.Trim). Sources are sorted in Go (sortSources): an ORDER BY per
// event costs Neo4j more than the page's other details together.
var (
	involvedProjection = map[bool]string{
		false: `{a: a, role: type(r)}`,
		true:  `{id: a.id, name: a.name, kind: a.kind, role: type(r)}`,
	}
	sourceProjection = map[bool]string{
		false: `{article: art.id, url: art.url, title: art.title, publisher: art.publisher,
                  publishedAt: art.publishedAt, language: art.language, contentHash: art.contentHash,
                  sentence: s.sentence, start: s.start, end: s.end, extractor: s.extractor,
                  confidence: s.confidence}`,
		true: `{article: art.id, title: art.title, publishedAt: art.publishedAt,
                  sentence: s.sentence, start: s.start, end: s.end, extractor: s.extractor,
                  confidence: s.confidence}`,
	}
)

// eventDetails follows a page read (which yields e in order) with the
// details d asks for, each part aggregating so that it yields exactly one
// row per event, and returns e (projected as d.Events says), inv, src and
// place, null for a part not asked for. Its text comes from the fixed
// parts above, never from input.
func eventDetails(d Details) string {
	var b strings.Builder
	ret := []string{eventProjection(d.Events) + " AS e", "null AS inv", "null AS src", "null AS place"}
	if d.Involvements {
		b.WriteString(`
CALL (e) {
  MATCH ` + involvementPattern + `
  RETURN collect(` + involvedProjection[d.Trim] + `) AS inv
}`)
		ret[1] = "inv"
	}
	if d.Sources {
		b.WriteString(`
CALL (e) {
  MATCH (e)-[s:SUPPORTED_BY]->(art:Article)
  RETURN collect(` + sourceProjection[d.Trim] + `) AS src
}`)
		ret[2] = "src"
	}
	if d.Places {
		b.WriteString(`
CALL (e) {
  MATCH (e)-[:AT]->(p:Place)
  RETURN collect({id: p.id, name: p.name})[..1] AS place
}`)
		ret[3] = "place"
	}
	b.WriteString("\nRETURN " + strings.Join(ret, ", "))
	return b.String()
}

// withDetails wraps a page statement (ending in RETURN e ORDER BY … LIMIT)
// so that it returns each event's details too, as d asks.
func withDetails(page string, d Details) string {
	return "CALL () {" + page + "\n}\n" + eventDetails(d)
}

// statements holds the detailed statements built so far, by what they were
// built from: a few dozen at most (drivers × directions × the shapes of
// Details), each built once from fixed texts.
var statements sync.Map

// statement returns the statement build makes for key, building it once.
func statement(key any, build func() string) string {
	if s, ok := statements.Load(key); ok {
		return s.(string)
	}
	s, _ := statements.LoadOrStore(key, build())
	return s.(string)
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
		published := make(map[string]time.Time, len(list))
		for _, x := range list {
			m, _ := x.(map[string]any)
			art := domain.Article{ID: prop[string](m, "article"), URL: prop[string](m, "url"), Title: prop[string](m, "title"),
				Publisher: prop[string](m, "publisher"), PublishedAt: toTime(m["publishedAt"]), Language: prop[string](m, "language"),
				ContentHash: prop[string](m, "contentHash")}
			published[art.ID] = art.PublishedAt
			if d.Trim {
				// Read for the order only: a trimmed article has no date.
				art.PublishedAt = time.Time{}
			}
			out.Articles[art.ID] = art
			srcs = append(srcs, domain.Source{ArticleID: art.ID, Evidence: domain.Evidence{Sentence: prop[string](m, "sentence"),
				Start: int(prop[int64](m, "start")), End: int(prop[int64](m, "end")), Extractor: prop[string](m, "extractor"),
				Confidence: prop[float64](m, "confidence")}})
		}
		sortSources(srcs, published)
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

// sortSources puts an event's sources in the order of their articles'
// publication, undated last, then article id, as the other reads of
// sources do (ORDER BY art.publishedAt, art.id).
func sortSources(srcs []domain.Source, published map[string]time.Time) {
	sort.SliceStable(srcs, func(i, j int) bool {
		a, b := published[srcs[i].ArticleID], published[srcs[j].ArticleID]
		if a.IsZero() != b.IsZero() {
			return b.IsZero()
		}
		if !a.Equal(b) {
			return a.Before(b)
		}
		return srcs[i].ArticleID < srcs[j].ArticleID
	})
}

func newEventDetails() *EventDetails {
	return &EventDetails{Involvements: map[string][]Involved{}, Sources: map[string][]domain.Source{},
		Places: map[string]domain.Place{}, Articles: map[string]domain.Article{}}
}
