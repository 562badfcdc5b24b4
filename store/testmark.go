package store

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// testMarkIndex names the index that marks a database as the tests' own.
// An index, not a node: the tests count and dump nodes, and an index is
// invisible to every read of the graph.
const testMarkIndex = "eventgraph_test_database"

// TestDatabaseState says whether the tests may wipe this database: marked
// is true once a test run has wiped and marked it before; nodes is how many
// actors and articles it holds now (not the bookkeeping nodes Migrate
// writes into an empty graph). Integration tests refuse to wipe a database
// that holds some and no mark (a `make run` graph, another developer's),
// unless told to.
func (s *Store) TestDatabaseState(ctx context.Context) (marked bool, nodes int64, err error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver,
		`SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS marked`,
		map[string]any{"name": testMarkIndex}, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
	if err != nil {
		return false, 0, classify(err)
	}
	m, _ := res.Records[0].Get("marked")
	res, err = neo4j.ExecuteQuery(ctx, s.driver, `MATCH (n) WHERE n:Actor OR n:Article RETURN count(n) AS nodes`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return false, 0, classify(err)
	}
	n, _ := res.Records[0].Get("nodes")
	return m.(int64) > 0, n.(int64), nil
}

// MarkTestDatabase marks the database as the tests' own (see
// TestDatabaseState).
func (s *Store) MarkTestDatabase(ctx context.Context) error {
	return s.autocommit(ctx, "CREATE INDEX "+testMarkIndex+" IF NOT EXISTS FOR (n:EventgraphTestDatabase) ON (n.mark)")
}

// SchemaState lists the database's indexes and constraints, each as
// "index NAME STATE" or "constraint NAME TYPE", sorted: tests compare it
// with what it was after their first Migrate to know whether the schema
// is still the one Migrate leaves (see internal/neo4jtest.Store).
func (s *Store) SchemaState(ctx context.Context) ([]string, error) {
	var lines []string
	for _, q := range []string{
		`SHOW INDEXES YIELD name, state RETURN 'index ' + name + ' ' + state AS line`,
		`SHOW CONSTRAINTS YIELD name, type RETURN 'constraint ' + name + ' ' + type AS line`,
	} {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, q, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.db))
		if err != nil {
			return nil, classify(err)
		}
		for _, r := range res.Records {
			l, _ := r.Get("line")
			lines = append(lines, l.(string))
		}
	}
	slices.Sort(lines)
	return lines, nil
}
