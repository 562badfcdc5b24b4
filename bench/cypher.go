package bench

import (
	"context"
	"fmt"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// CypherTimelinePage is the floor for the timeline page: the 50 newest
// events of one actor with participants and sources, in one statement, read
// in the order of the INVOLVED_IN(actor, key) index so the page costs its
// size and not the actor's degree.
const CypherTimelinePage = `
MATCH ()-[r:INVOLVED_IN]->(e:Event)
WHERE r.actor = $id AND r.key < '~'
WITH e ORDER BY r.actor DESC, r.key DESC LIMIT $first
RETURN e.id AS id, e.title AS title, e.start AS start, e.precision AS precision,
  COLLECT { MATCH (a:Actor)-[:INVOLVED_IN]->(e) RETURN DISTINCT {id: a.id, name: a.name} } AS participants,
  COLLECT { MATCH (e)-[s:SUPPORTED_BY]->(art:Article) RETURN {sentence: s.sentence, title: art.title} } AS sources`

// CypherBusiestActors lists the actors in the most events, busiest first.
const CypherBusiestActors = `
MATCH (a:Actor)
RETURN a.id AS id, COUNT { (a)-[:INVOLVED_IN]->() } AS events
ORDER BY events DESC LIMIT $n`

// CypherClient runs one read statement with fixed parameters.
type CypherClient struct {
	Driver neo4j.DriverWithContext
	Cypher string
	Params map[string]any
}

// NewCypherClient connects to a Neo4j on loopback.
func NewCypherClient(uri string) (neo4j.DriverWithContext, error) {
	if err := CheckLoopback(uri); err != nil {
		return nil, err
	}
	return neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
}

// Do runs the statement once and reads every record; it returns how many.
func (c *CypherClient) Do(ctx context.Context) (int, error) {
	res, err := neo4j.ExecuteQuery(ctx, c.Driver, c.Cypher, c.Params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithReadersRouting(), EndsWith(ctx))
	if err != nil {
		return 0, err
	}
	return len(res.Records), nil
}

// EndsWith gives a query the time ctx has left as its transaction
// timeout, so that Neo4j itself stops the work of a request still running
// at a run's deadline: the driver only drops its side of the connection
// when ctx ends, and the server would go on with a query nobody reads.
func EndsWith(ctx context.Context) neo4j.ExecuteQueryConfigurationOption {
	deadline, ok := ctx.Deadline()
	if !ok {
		return func(*neo4j.ExecuteQueryConfiguration) {}
	}
	return neo4j.ExecuteQueryWithTransactionConfig(neo4j.WithTxTimeout(max(time.Until(deadline), time.Millisecond)))
}

// BusiestActors returns the ids of the n actors in the most events.
func BusiestActors(ctx context.Context, drv neo4j.DriverWithContext, n int) ([]string, error) {
	res, err := neo4j.ExecuteQuery(ctx, drv, CypherBusiestActors, map[string]any{"n": n}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("busiest actors: %w", err)
	}
	var ids []string
	for _, r := range res.Records {
		id, _, err := neo4j.GetRecordValue[string](r, "id")
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, nil
}
