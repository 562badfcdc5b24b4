package store

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// RetractReport counts what retracting an article removed.
type RetractReport struct {
	EventsRemoved int
	EventsKept    int // still supported by other articles
}

var cypherRetract = `
MATCH (art:Article {id: $id})
OPTIONAL MATCH (e:Event)-[:SUPPORTED_BY]->(art)
WITH art, collect(e) AS events
WITH art, [e IN events WHERE COUNT { (e)-[:SUPPORTED_BY]->() } = 1] AS orphans, size(events) AS total,
     [e IN events | ` + changedEventMap("COUNT { (e)-[:SUPPORTED_BY]->() } = 1") + `] AS changed
` + cypherUnlinkOrphans + `
` + cypherSubtractTallies + `
` + cypherKeepOrphansHistory + `
` + cypherSubtractActorTallies + `
FOREACH (e IN orphans | DETACH DELETE e)
WITH art, orphans, total, changed
CALL (art) { MATCH (art)-[r]-() WHERE NOT r:WAS_SUPPORTED_BY DELETE r }
REMOVE art:Article, art.text
SET art:RetractedArticle, art.retractedAt = datetime.transaction()
RETURN size(orphans) AS removed, total - size(orphans) AS kept, changed`

// RetractArticle removes an article and every event only it supported;
// events other articles also support lose this source and stay. The
// events are kept as they stood, and the article, without its text, as a
// RetractedArticle, for as-of reads (asof.go). Both are
// written to the change log (REMOVED, UPDATED).
func (s *Store) RetractArticle(ctx context.Context, id string) (RetractReport, error) {
	out, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		if err := s.archiveArticleEvents(ctx, t, id); err != nil {
			return nil, err
		}
		recs, err := s.run(ctx, t, cypherRetract, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, domain.NotFound("id", "no article with id %q", id)
		}
		changed := changedEventsFrom(recs[0], "changed")
		var kept []string
		for _, c := range changed {
			if c.Kind != domain.ChangeRemoved {
				kept = append(kept, c.ID)
			}
		}
		if err := s.recordRevision(ctx, t, domain.Revision{Kind: domain.RevisionRetracted, By: domain.AuthorOf(ctx), Article: id}, nil, kept); err != nil {
			return nil, err
		}
		// Removed events and those that lost this source are changes.
		if err := s.appendChange(ctx, t, id, changed); err != nil {
			return nil, err
		}
		return RetractReport{EventsRemoved: recordInt(recs[0], "removed"), EventsKept: recordInt(recs[0], "kept")}, nil
	})
	if err != nil {
		return RetractReport{}, err
	}
	return out.(RetractReport), nil
}
