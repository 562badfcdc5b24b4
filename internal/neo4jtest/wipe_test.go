package neo4jtest

import (
	"context"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestWipeRefusesADatabaseTestsDidNotWrite: a database with nodes and no
// test mark (a `make run` graph) is left alone with an error naming it;
// NEO4J_TEST_WIPE=1 lets the tests wipe it; a marked one is wiped.
func TestWipeRefusesADatabaseTestsDidNotWrite(t *testing.T) {
	ctx := context.Background()
	s := Store(t)
	drv := driver(t)
	run := func(q string) {
		t.Helper()
		if _, err := neo4j.ExecuteQuery(ctx, drv, q, nil, neo4j.EagerResultTransformer); err != nil {
			t.Fatal(err)
		}
	}
	run(`CREATE (:Actor {id: 'kept', name: 'Somebody Else'})`)
	if err := wipe(ctx, s, "URI"); err != nil {
		t.Fatalf("a marked database must be wiped: %v", err)
	}
	run(`DROP INDEX ` + "eventgraph_test_database")
	run(`CREATE (:Actor {id: 'kept', name: 'Somebody Else'})`)
	t.Setenv("NEO4J_TEST_WIPE", "")
	err := wipe(ctx, s, "bolt://example:1")
	if err == nil || !strings.Contains(err.Error(), "holds 1 actors") || !strings.Contains(err.Error(), "bolt://example:1") {
		t.Fatalf("want a refusal naming the database and its 1 node, got %v", err)
	}
	if _, nodes, _ := s.TestDatabaseState(ctx); nodes != 1 {
		t.Fatalf("refused, yet the database now holds %d nodes", nodes)
	}
	t.Setenv("NEO4J_TEST_WIPE", "1")
	if err := wipe(ctx, s, "URI"); err != nil {
		t.Fatal(err)
	}
	if marked, nodes, _ := s.TestDatabaseState(ctx); !marked || nodes != 0 {
		t.Fatalf("after a wipe: marked %v, %d nodes", marked, nodes)
	}
	// A fresh database that Migrate has only prepared is no one's graph.
	run(`DROP INDEX ` + "eventgraph_test_database")
	t.Setenv("NEO4J_TEST_WIPE", "")
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := wipe(ctx, s, "URI"); err != nil {
		t.Fatalf("a migrated empty database must be wiped: %v", err)
	}
}
