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
	// Involvements reads who is involved in each event, in which roles.
	Involvements bool
	// Participants reads who is involved, once each, without roles: for a
	// caller that shows no role it costs less (one INVOLVED_IN edge per
	// actor, not one edge per role). Involvements supersedes it. Either
	// fills EventDetails.Involvements; read this way, the roles are empty.
	Participants bool
	Sources      bool
	Places       bool
	// Omit names what of the involved actors, the sources and their
	// articles the caller promises not to show; the read leaves it out.
	Omit Omit
	// Events, when it projects, reads only the event properties the caller
	// shows instead of whole nodes.
	Events EventProps
}

// Omit names groups of properties of the actors, articles and sources a
// detailed read may leave out: each property is a read in Neo4j, and a
// page of fifty events holds a few hundred actors and sources. The
// benchmark page (participants' ids and names, sources' sentences and
// article titles) read without all of them costs Neo4j about a tenth less
// than read whole, and the driver less again. Left-out fields read as
// their zero values; everything else is complete. The groups follow what
// clients show together, so that a handful of statements serve every
// request.
type Omit uint8

const (
	OmitActorKind        Omit = 1 << iota // an actor's kind
	OmitActorText                         // an actor's aliases and description
	OmitArticleOrigin                     // an article's URL, publisher and language
	OmitArticleDate                       // an article's publication date (still read, to order sources)
	OmitSourceSpan                        // a source's start and end
	OmitSourceExtraction                  // a source's extractor and confidence

	// OmitAll leaves out every group.
	OmitAll = OmitActorKind | OmitActorText | OmitArticleOrigin | OmitArticleDate | OmitSourceSpan | OmitSourceExtraction
)

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
	When     bool // start and precision: all a date shows but its end and words
	WhenEnd  bool // with When, the date's end
	WhenText bool // with When, the date's words
	Reported bool
	Own      bool // the properties of the event types' own fields: a statement's quote, a shift's stances, …
}

// Any reports whether anything beyond the events is asked for.
func (d Details) Any() bool { return d.Involvements || d.Participants || d.Sources || d.Places }

// reshaped reports whether a page read must be wrapped by withDetails: it
// brings details or projects its events.
func (d Details) reshaped() bool { return d.Any() || d.Events.Project }

// EventDetails is what a detailed read found, keyed by event id. Every
// event of the page has an entry in each map that was asked for, empty
// when it has none.
type EventDetails struct {
	Involvements map[string][]Involved
	Sources      map[string][]domain.Source
	Places       map[string]domain.Place
	Articles     map[string]domain.Article // the sources' articles, without text or content hash
}

// eventDetails follows a page read (which yields e) with the details d
// asks for, each a COLLECT subquery of its own, and returns e (projected
// as d.Events says), inv, src and place, null for a part not asked for:
// one row per event. (COLLECT subqueries cost Neo4j less than CALL
// subqueries aggregating with collect(), by a tenth of the benchmark
// page's read.) Its text comes from fixed parts (here and in
// projection.go), never from input.
func eventDetails(d Details) string { return eventDetailsOf(d, false) }

// eventDetailsOf is eventDetails; asOf reads the details of rows that may
// be past states (asof.go) as they stood at $asOf: the copies' edges
// besides the live ones, actors merged away since, articles retracted
// since, and no source added after the moment.
func eventDetailsOf(d Details, asOf bool) string {
	ret := []string{"e AS e", "null AS inv", "null AS src", "null AS place"}
	if d.Events.Project {
		ret[0] = eventProjection(d.Events).cypher + " AS e"
	}
	inv, actor, in := involvementPattern, "(a:Actor)", ":INVOLVED_IN"
	srcs, at, since := "(e)-[s:SUPPORTED_BY]->(art:Article)", "(e)-[:AT]->(p:Place)", ""
	if asOf {
		inv, actor, in = involvementPatternAsOf, "(a:Actor|MergedActor)", ":INVOLVED_IN|WAS_INVOLVED_IN"
		srcs, at = "(e)-[s:SUPPORTED_BY|WAS_SUPPORTED_BY]->(art:Article|RetractedArticle)", "(e)-[:AT|WAS_AT]->(p:Place)"
		since = " WHERE coalesce(s.since, $epoch) <= $asOf"
	}
	switch {
	case d.Involvements:
		proj := involvedProjection(d.Omit, true).cypher
		if asOf {
			proj = strings.ReplaceAll(proj, "type(r)", "coalesce(r.role, type(r))")
		}
		ret[1] = "COLLECT { MATCH " + inv + " RETURN " + proj + " } AS inv"
	case d.Participants:
		ret[1] = "COLLECT { MATCH " + actor + "-[" + in + "]->(e) RETURN " + involvedProjection(d.Omit, false).cypher + " } AS inv"
	}
	if d.Sources {
		// Sources are sorted in Go (sortSources): an ORDER BY per event
		// costs Neo4j more than the page's other details together.
		ret[2] = "COLLECT { MATCH " + srcs + since + " RETURN " + sourceProjection(d.Omit).cypher + " } AS src"
	}
	if d.Places {
		ret[3] = "COLLECT { MATCH " + at + " RETURN [p.id, p.name] LIMIT 1 } AS place"
	}
	return "\nRETURN " + strings.Join(ret, ",\n  ")
}

// withDetails wraps a page statement (ending in RETURN e ORDER BY … LIMIT)
// so that it returns each event's details too, as d asks.
func withDetails(page string, d Details) string {
	return "CALL () {" + page + "\n}\n" + eventDetails(d)
}

// withDetailsAsOf is withDetails for an as-of page (see eventDetailsOf).
func withDetailsAsOf(page string, d Details) string {
	return "CALL () {" + page + "\n}\n" + eventDetailsOf(d, true)
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

// read adds one record's details to out.
func (out *EventDetails) read(r *neo4j.Record, id string, d Details) {
	if d.Involvements || d.Participants {
		p := involvedProjection(d.Omit, d.Involvements)
		v, _ := r.Get("inv")
		list, _ := v.([]any)
		inv := make([]Involved, 0, len(list))
		for _, x := range list {
			l, _ := x.([]any)
			actor := domain.Actor{ID: get[string](l, p, invID), Name: get[string](l, p, invName),
				Kind: domain.ActorKind(get[string](l, p, invKind)), Aliases: toStrings(get[any](l, p, invAliases)),
				Description: get[string](l, p, invDescription)}
			inv = append(inv, Involved{Actor: actor, Role: domain.InvolvementRole(get[string](l, p, invRole))})
		}
		out.Involvements[id] = inv
	}
	if d.Sources {
		p := sourceProjection(d.Omit)
		v, _ := r.Get("src")
		list, _ := v.([]any)
		srcs := make([]domain.Source, 0, len(list))
		var published map[string]time.Time // only to sort two or more
		if len(list) > 1 {
			published = make(map[string]time.Time, len(list))
		}
		for _, x := range list {
			l, _ := x.([]any)
			art := domain.Article{ID: get[string](l, p, srcArticle), Title: get[string](l, p, srcTitle),
				PublishedAt: toTime(get[any](l, p, srcPublishedAt)), URL: get[string](l, p, srcURL),
				Publisher: get[string](l, p, srcPublisher), Language: get[string](l, p, srcLanguage)}
			if published != nil {
				published[art.ID] = art.PublishedAt
			}
			if d.Omit&OmitArticleDate != 0 {
				// Read for the order only.
				art.PublishedAt = time.Time{}
			}
			out.Articles[art.ID] = art
			srcs = append(srcs, domain.Source{ArticleID: art.ID, Evidence: domain.Evidence{Sentence: get[string](l, p, srcSentence),
				Start: int(get[int64](l, p, srcStart)), End: int(get[int64](l, p, srcEnd)), Extractor: get[string](l, p, srcExtractor),
				Confidence: get[float64](l, p, srcConfidence)}})
		}
		sortSources(srcs, published)
		out.Sources[id] = srcs
	}
	if d.Places {
		v, _ := r.Get("place")
		list, _ := v.([]any)
		if len(list) == 1 {
			l, _ := list[0].([]any)
			out.Places[id] = domain.Place{ID: at[string](l, 0), Name: at[string](l, 1)}
		} else {
			out.Places[id] = domain.Place{}
		}
	}
}

// sortSources puts an event's sources in the order of their articles'
// publication, undated last, then article id, as the other reads of
// sources do (ORDER BY art.publishedAt, art.id).
func sortSources(srcs []domain.Source, published map[string]time.Time) {
	if len(srcs) < 2 {
		return
	}
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
