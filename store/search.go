package store

import (
	"context"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// SearchKind is what a search hit is.
type SearchKind string

// The kinds of thing search finds.
const (
	SearchActor     SearchKind = "ACTOR"
	SearchStatement SearchKind = "STATEMENT"
	SearchTopic     SearchKind = "TOPIC"
)

// SearchHit is one ranked result; exactly one of Actor, Statement and Topic
// is set, as Kind says.
type SearchHit struct {
	Kind       SearchKind
	Score      float64
	Actor      *domain.Actor
	Statement  *domain.Event
	Topic      *domain.Topic
	Highlights []Highlight
}

// cypherSearch asks each full-text index the caller wants for its best
// $limit hits and keeps the best $limit overall. Lucene scores from
// different indexes are not strictly comparable; they are close enough to
// interleave names, topics and quotes sensibly. Statements are found in
// event_text by their quote and paraphrase fields alone (StatementQuery):
// only statements have those, so the hits and their scores are those of
// an index of statements on those two fields, which the graph no longer
// keeps (its Lucene work was a third of an ingest's commit).
const cypherSearch = `
CALL () {
  WITH 1 AS _ WHERE 'ACTOR' IN $kinds
  CALL db.index.fulltext.queryNodes('actor_names', $q, {limit: $limit}) YIELD node, score
  RETURN node, score, 'ACTOR' AS kind
  UNION ALL
  WITH 1 AS _ WHERE 'STATEMENT' IN $kinds
  CALL db.index.fulltext.queryNodes('event_text', $statementQ, {limit: $limit}) YIELD node, score
  WITH node, score WHERE node:Statement
  RETURN node, score, 'STATEMENT' AS kind
  UNION ALL
  WITH 1 AS _ WHERE 'TOPIC' IN $kinds
  CALL db.index.fulltext.queryNodes('topic_names', $q, {limit: $limit}) YIELD node, score
  RETURN node, score, 'TOPIC' AS kind
}
RETURN node, score, kind ORDER BY score DESC, node.id LIMIT $limit`

// Search finds actors (by name and alias), statements (by quote and
// paraphrase) and topics (by name) matching any word of text, best first.
// The caller checks that text has words and that first is in range.
func (s *Store) Search(ctx context.Context, text string, kinds []SearchKind, first int) ([]SearchHit, error) {
	ks := make([]string, len(kinds))
	for i, k := range kinds {
		ks[i] = string(k)
	}
	recs, err := s.read(ctx, cypherSearch, map[string]any{"q": AnyWordsQuery(text), "statementQ": StatementQuery(text), "kinds": ks, "limit": first})
	if err != nil {
		return nil, err
	}
	words := Words(text)
	out := make([]SearchHit, 0, len(recs))
	for _, r := range recs {
		v, _ := r.Get("node")
		n, _ := v.(neo4j.Node)
		sv, _ := r.Get("score")
		score, _ := sv.(float64)
		hit := SearchHit{Kind: SearchKind(recordString(r, "kind")), Score: score}
		switch hit.Kind {
		case SearchActor:
			a := actorFromNode(n)
			hit.Actor = &a
			hit.Highlights = highlights(words, field{"name", a.Name}, aliasFields(a.Aliases)...)
		case SearchStatement:
			e := eventFromNode(n)
			hit.Statement = &e
			hit.Highlights = highlights(words, field{"quote", e.Quote}, field{"paraphrase", e.Paraphrase})
		case SearchTopic:
			t := domain.Topic{ID: prop[string](n.Props, "id"), Name: prop[string](n.Props, "name")}
			hit.Topic = &t
			hit.Highlights = highlights(words, field{"name", t.Name})
		}
		out = append(out, hit)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out, nil
}

// StatementQuery is the Lucene query for statements with any of text's
// words in their quote or paraphrase, asked of the event_text index.
func StatementQuery(text string) string {
	return AnyWordsInFieldsQuery(text, "quote", "paraphrase")
}

type field struct{ name, value string }

func aliasFields(aliases []string) []field {
	out := make([]field, len(aliases))
	for i, a := range aliases {
		out[i] = field{"alias", a}
	}
	return out
}

func highlights(words []string, first field, rest ...field) []Highlight {
	out := []Highlight{}
	for _, f := range append([]field{first}, rest...) {
		if frag, ok := highlight(f.value, words); ok {
			out = append(out, Highlight{Field: f.name, Fragment: frag})
		}
	}
	return out
}
