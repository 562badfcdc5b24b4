// Package neo4jtest gives integration tests a real Neo4j with a clean
// database. It connects to NEO4J_URI, or starts the project's local server
// (scripts/neo4j start) when nothing answers on NEO4J_BOLT_PORT (7687).
// It wipes only a database that is empty or that tests marked as theirs
// (NEO4J_TEST_WIPE=1 overrides): a `make run` graph is never lost to a test.
//
// Community Neo4j has one user database, so tests that use it must not run
// at the same time as other packages' tests: the Makefile runs go test with
// -p 1, and tests in one package do not call t.Parallel around the store.
package neo4jtest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/internal/testpaths"
	"github.com/eventgraph/eventgraph/store"
)

// defaultPort is where scripts/neo4j serves Bolt unless NEO4J_BOLT_PORT
// says otherwise.
const defaultPort = "7687"

var startOnce sync.Once
var startErr error

// URI returns the Bolt URI tests use, starting the local server if needed.
// The first call also takes the database for this test process until it
// exits (see hold): the test binaries of several packages may then run at
// once (go test -p N), and those that use the database take turns.
func URI(t testing.TB) string {
	t.Helper()
	uri := uri(t)
	if err := hold(uri); err != nil {
		t.Fatalf("taking the test database at %s: %v", uri, err)
	}
	return uri
}

func uri(t testing.TB) string {
	t.Helper()
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		return uri
	}
	port := os.Getenv("NEO4J_BOLT_PORT")
	if port == "" {
		port = defaultPort
	}
	startOnce.Do(func() {
		if c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, time.Second); err == nil {
			c.Close()
			return
		}
		cmd := exec.Command("bash", filepath.Join(RepoRoot(), "scripts", "neo4j"), "start")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		startErr = cmd.Run()
	})
	if startErr != nil {
		t.Fatalf("starting the local Neo4j (scripts/neo4j start): %v", startErr)
	}
	return "bolt://127.0.0.1:" + port
}

// RepoRoot is the repository's top folder (testpaths.RepoRoot).
func RepoRoot() string { return testpaths.RepoRoot() }

// SharedDir is ../shared beside the repository (testpaths.SharedDir).
func SharedDir() string { return testpaths.SharedDir() }

// Open opens a connection pool to the test database as it is (Store
// empties it first), closed when the test ends: a second client of a
// database a test already set up.
func Open(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), store.Config{URI: URI(t), User: os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"), Database: os.Getenv("NEO4J_DATABASE")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(context.Background()) })
	return s
}

// Store returns a migrated store over an empty database, closed when the
// test ends.
func Store(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	s := Open(t)
	deadline := time.Now().Add(60 * time.Second)
	for {
		err := s.Ping(ctx)
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("neo4j not reachable: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := migrateOnce(ctx, s, URI(t)); err != nil {
		t.Fatal(err)
	}
	if err := wipe(ctx, s, URI(t)); err != nil {
		t.Fatal(err)
	}
	return s
}

// migrated is the schema (store.SchemaState) each URI had after this
// process last migrated and wiped it.
var (
	migratedMu sync.Mutex
	migrated   = map[string][]string{}
)

// migrateOnce runs Migrate unless this process already did against uri
// and the schema is still what it left: Migrate's fifty-odd schema
// statements cost seconds on a loaded machine, a test package calls Store
// dozens of times, and wipe deletes every node Migrate writes into an
// empty graph (its markers and tallies) anyway. So the database a test
// gets is the same either way: Migrate's schema, the test mark, no nodes.
// A test that changed the schema (dropped an index) makes the next Store
// migrate again.
func migrateOnce(ctx context.Context, s *store.Store, uri string) error {
	migratedMu.Lock()
	defer migratedMu.Unlock()
	if want, ok := migrated[uri]; ok {
		got, err := s.SchemaState(ctx)
		if err != nil {
			return err
		}
		if slices.Equal(got, want) {
			return nil
		}
	}
	delete(migrated, uri)
	if err := s.Migrate(ctx); err != nil {
		return err
	}
	// The mark is part of the schema wipe leaves; made here so the state
	// recorded is the one the next Store finds.
	if err := wipe(ctx, s, uri); err != nil {
		return err
	}
	got, err := s.SchemaState(ctx)
	if err != nil {
		return err
	}
	migrated[uri] = got
	return nil
}

// wipe empties the database for a test and marks it as the tests' own,
// unless it holds nodes that no test wrote and NEO4J_TEST_WIPE is not 1.
func wipe(ctx context.Context, s *store.Store, uri string) error {
	marked, nodes, err := s.TestDatabaseState(ctx)
	if err != nil {
		return err
	}
	if !marked && nodes > 0 && os.Getenv("NEO4J_TEST_WIPE") != "1" {
		return fmt.Errorf("the Neo4j at %s holds %d actors and articles that no test wrote (a `make run` graph, or another developer's): "+
			"tests wipe the database they use. Point NEO4J_URI (or NEO4J_BOLT_PORT) at another, or set NEO4J_TEST_WIPE=1 to wipe this one", uri, nodes)
	}
	if err := s.DeleteEverything(ctx); err != nil {
		return err
	}
	return s.MarkTestDatabase(ctx)
}
