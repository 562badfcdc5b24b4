package store

import (
	"strings"
	"sync"
)

// A listProjection is what a detailed read returns of an event, an
// involved actor or a source: one Cypher list of the properties the caller
// shows, in a fixed field order, and where each field sits in it (-1 when
// left out). A page of fifty events holds a few hundred actors and
// sources; lists cost Neo4j, the wire and the driver less than maps with
// their keys, and lists without what the caller does not show less again.
type listProjection struct {
	cypher string
	pos    []int
}

// project keeps, of exprs (one Cypher expression per field, in field
// order), those keep says.
func project(exprs []string, keep func(field int) bool) *listProjection {
	p := &listProjection{pos: make([]int, len(exprs))}
	var kept []string
	for f, expr := range exprs {
		p.pos[f] = -1
		if keep(f) {
			p.pos[f] = len(kept)
			kept = append(kept, expr)
		}
	}
	p.cypher = "[" + strings.Join(kept, ", ") + "]"
	return p
}

// get is field f of a list read with p: the zero value when p leaves it
// out or it is null.
func get[T any](l []any, p *listProjection, f int) T {
	var v T
	if i := p.pos[f]; i >= 0 && i < len(l) {
		v, _ = l[i].(T)
	}
	return v
}

// projections holds the projections built so far, by what they were built
// from (a handful of shapes, each built once).
var projections sync.Map

func cachedProjection(key any, build func() *listProjection) *listProjection {
	if p, ok := projections.Load(key); ok {
		return p.(*listProjection)
	}
	p, _ := projections.LoadOrStore(key, build())
	return p.(*listProjection)
}

// The fields of a projected event.
const (
	evID = iota
	evType
	evSortKey
	evTitle
	evSummary
	evStart
	evPrecision
	evEnd
	evDateText
	evReported
	evOccasion // the event types' own properties (EventProps.Own), to evTopic
	evQuote
	evParaphrase
	evKind
	evCode
	evScore
	evFromStance
	evToStance
	evDirection
	evTopic
)

var eventExprs = []string{"e.id", "e.type", "e.sortKey", "e.title", "e.summary", "e.start", "e.precision", "e.end",
	"e.dateText", "e.reported", "e.occasion", "e.quote", "e.paraphrase", "e.kind", "e.code", "e.score",
	"e.fromStance", "e.toStance", "e.direction", "e.topicName"}

// eventProjection keeps the event properties p names (p.Project set).
func eventProjection(p EventProps) *listProjection {
	return cachedProjection(p, func() *listProjection {
		return project(eventExprs, func(f int) bool {
			switch f {
			case evTitle:
				return p.Title
			case evSummary:
				return p.Summary
			case evStart, evPrecision:
				return p.When
			case evEnd:
				return p.When && p.WhenEnd
			case evDateText:
				return p.When && p.WhenText
			case evReported:
				return p.Reported
			}
			if f >= evOccasion {
				return p.Own
			}
			return true // id, type, sort key
		})
	})
}

// The fields of an involved actor.
const (
	invID = iota
	invName
	invKind
	invAliases
	invDescription
	invRole
)

var (
	involvedExprs  = []string{"a.id", "a.name", "a.kind", "a.aliases", "a.description", "type(r)"}
	involvedGroups = []Omit{0, 0, OmitActorKind, OmitActorText, OmitActorText, 0}
)

// involvedKey names an involved actor's projection.
type involvedKey struct {
	omit  Omit
	roles bool
}

// involvedProjection keeps what o does not leave out, and the actor's
// role when roles is set.
func involvedProjection(o Omit, roles bool) *listProjection {
	return cachedProjection(involvedKey{o, roles}, func() *listProjection {
		return project(involvedExprs, func(f int) bool {
			return o&involvedGroups[f] == 0 && (f != invRole || roles)
		})
	})
}

// The fields of a source, with its article's.
const (
	srcArticle = iota
	srcTitle
	srcPublishedAt // read even when not shown, to order sources
	srcURL
	srcPublisher
	srcLanguage
	srcSentence
	srcStart
	srcEnd
	srcExtractor
	srcConfidence
)

var (
	sourceExprs = []string{"art.id", "art.title", "art.publishedAt", "art.url", "art.publisher", "art.language",
		"s.sentence", "s.start", "s.end", "s.extractor", "s.confidence"}
	sourceGroups = []Omit{0, 0, 0, OmitArticleOrigin, OmitArticleOrigin, OmitArticleOrigin,
		0, OmitSourceSpan, OmitSourceSpan, OmitSourceExtraction, OmitSourceExtraction}
)

// sourceKey names a source's projection.
type sourceKey struct{ omit Omit }

// sourceProjection keeps what o does not leave out.
func sourceProjection(o Omit) *listProjection {
	return cachedProjection(sourceKey{o}, func() *listProjection {
		return project(sourceExprs, func(f int) bool { return o&sourceGroups[f] == 0 })
	})
}
