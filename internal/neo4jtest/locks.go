package neo4jtest

import (
	"context"
	"os"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LockActor holds the write lock of the actor with id in an open
// transaction of its own, so that a write of that actor waits, until the
// returned function rolls it back (the test's end does too). Tests use it
// to keep a request's transaction running for as long as they need.
func LockActor(t testing.TB, id string) (release func()) {
	t.Helper()
	ctx := context.Background()
	drv := driver(t)
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: os.Getenv("NEO4J_DATABASE"), AccessMode: neo4j.AccessModeWrite})
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := tx.Run(ctx, `MATCH (a:Actor {id: $id}) SET a.lockedByTest = true RETURN count(a) AS n`, map[string]any{"id": id})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := res.Single(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := rec.Get("n"); n != int64(1) {
		t.Fatalf("no actor %q to lock", id)
	}
	done := false
	release = func() {
		if !done {
			done = true
			tx.Rollback(ctx)
			sess.Close(ctx)
		}
	}
	t.Cleanup(release)
	return release
}

// BlockedTransactions counts the database's transactions waiting for a
// lock.
func BlockedTransactions(t testing.TB) int {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), driver(t),
		`SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n`, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(os.Getenv("NEO4J_DATABASE")))
	if err != nil {
		t.Fatal(err)
	}
	n, _ := res.Records[0].Get("n")
	return int(n.(int64))
}

// driver opens a driver of the test's own, closed when the test ends.
func driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	auth := neo4j.NoAuth()
	if u := os.Getenv("NEO4J_USER"); u != "" {
		auth = neo4j.BasicAuth(u, os.Getenv("NEO4J_PASSWORD"), "")
	}
	drv, err := neo4j.NewDriverWithContext(URI(t), auth)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })
	return drv
}
