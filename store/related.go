package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// The queries in this file each answer for many events at once: the GraphQL
// layer batches nested fields through them, so a page of fifty events costs
// one round trip per field, not fifty.

// involvementPattern matches an event e and each actor a involved in it,
// r being the role edge. Role edges point from actor to event (SAID,
// PARTICIPATED_IN, SOURCE, SHIFTED) or from event to actor (ON_BEHALF_OF,
// ABOUT, TARGET, ON); each type has one direction, so one undirected
// pattern reads them all in one expansion.
const involvementPattern = `(e)-[r:PARTICIPATED_IN|SAID|SOURCE|SHIFTED|ON_BEHALF_OF|ABOUT|TARGET|ON]-(a:Actor)`

const cypherInvolvements = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
MATCH ` + involvementPattern + `
RETURN id, a, type(r) AS role`

// Involved pairs an actor with its part in an event.
type Involved struct {
	Actor domain.Actor
	Role  domain.InvolvementRole
}

// InvolvementsOf returns, per event id, the actors involved and how.
func (s *Store) InvolvementsOf(ctx context.Context, eventIDs []string) (map[string][]Involved, error) {
	return readListsByID(ctx, s, cypherInvolvements, eventIDs, func(r *neo4j.Record) Involved {
		return Involved{Actor: actorFrom(r, "a"), Role: domain.InvolvementRole(recordString(r, "role"))}
	})
}

const cypherSources = `
UNWIND $ids AS id
MATCH (e:Event {id: id})-[s:SUPPORTED_BY]->(art:Article)
RETURN id, art.id AS article, s.sentence AS sentence, s.start AS start, s.end AS end,
       s.extractor AS extractor, s.confidence AS confidence
ORDER BY art.publishedAt, art.id`

// SourcesOf returns, per event id, the article spans that support it.
func (s *Store) SourcesOf(ctx context.Context, eventIDs []string) (map[string][]domain.Source, error) {
	return readListsByID(ctx, s, cypherSources, eventIDs, func(r *neo4j.Record) domain.Source {
		v, _ := r.Get("confidence")
		conf, _ := v.(float64)
		return domain.Source{ArticleID: recordString(r, "article"), Evidence: domain.Evidence{
			Sentence: recordString(r, "sentence"), Start: recordInt(r, "start"), End: recordInt(r, "end"),
			Extractor: recordString(r, "extractor"), Confidence: conf}}
	})
}

const cypherPlaces = `
UNWIND $ids AS id
MATCH (e:Event {id: id})-[:AT]->(p:Place)
RETURN id, p.id AS place, p.name AS name`

// PlacesOf returns, per event id, where it happened.
func (s *Store) PlacesOf(ctx context.Context, eventIDs []string) (map[string]domain.Place, error) {
	return readByID(ctx, s, cypherPlaces, eventIDs, func(r *neo4j.Record) (string, domain.Place) {
		return recordString(r, "id"), domain.Place{ID: recordString(r, "place"), Name: recordString(r, "name")}
	})
}

const cypherArticles = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.url AS url, a.title AS title, a.publisher AS publisher,
       a.publishedAt AS publishedAt, a.language AS language, a.contentHash AS contentHash`

// ArticlesByIDs returns article metadata (not the text) by id.
func (s *Store) ArticlesByIDs(ctx context.Context, ids []string) (map[string]domain.Article, error) {
	return readByID(ctx, s, cypherArticles, ids, func(r *neo4j.Record) (string, domain.Article) {
		pub, _ := r.Get("publishedAt")
		a := domain.Article{ID: recordString(r, "id"), URL: recordString(r, "url"), Title: recordString(r, "title"),
			Publisher: recordString(r, "publisher"), PublishedAt: toTime(pub), Language: recordString(r, "language"),
			ContentHash: recordString(r, "contentHash")}
		return a.ID, a
	})
}

const cypherArticleText = `MATCH (a:Article {id: $id}) RETURN a.text AS text`

// ArticleText returns an article's full text, or NOT_FOUND.
func (s *Store) ArticleText(ctx context.Context, id string) (string, error) {
	recs, err := s.read(ctx, cypherArticleText, map[string]any{"id": id})
	if err != nil {
		return "", err
	}
	if len(recs) == 0 {
		return "", domain.NotFound("id", "no article with id %q", id)
	}
	return recordString(recs[0], "text"), nil
}

const cypherArticleHashes = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS hash`

// ArticleHashes returns the content hash of each article the graph has:
// ingestion skips an article whose content it already holds, and a feed
// poller skips items it has seen.
func (s *Store) ArticleHashes(ctx context.Context, ids []string) (map[string]string, error) {
	return readByID(ctx, s, cypherArticleHashes, ids, func(r *neo4j.Record) (string, string) {
		return recordString(r, "id"), recordString(r, "hash")
	})
}
