package store_test

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/synthetic"
)

// bulkFacts hands FactSets to a BulkWriter, for synthetic.Load.
type bulkFacts struct{ w *store.BulkWriter }

func (b bulkFacts) WriteFacts(_ context.Context, fs domain.FactSet) (store.WriteReport, error) {
	return b.w.Write(fs)
}

// TestABulkImportIsTheGraphWriteFactsWrites writes one synthetic graph
// through WriteFacts (one writer, so the change log is in the sets'
// order) and, as import files, through neo4j-admin's importer into a
// private Neo4j, and holds the two to the same GraphDump: the bulk path
// must not drift from the write path. Eight articles, so that later ones
// re-report events of earlier ones (MERGE's "already there").
func TestABulkImportIsTheGraphWriteFactsWrites(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	cfg := synthetic.Config{Events: 1600, Actors: 120, Seed: 5, EventsPerArticle: 200}
	g, err := synthetic.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := synthetic.Load(ctx, s, g, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Facts <= stats.TotalEvents() {
		t.Fatalf("%d facts for %d events: no re-reports to check", stats.Facts, stats.TotalEvents())
	}
	if err := s.Migrate(ctx); err != nil { // as the imported graph's first start does
		t.Fatal(err)
	}
	want, err := s.DumpGraph(ctx, 100000)
	if err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	w, err := store.NewBulkWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	g, _ = synthetic.New(cfg)
	if _, err := synthetic.Load(ctx, bulkFacts{w}, g, 1, nil); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	args, err := os.ReadFile(filepath.Join(dir, "import.args"))
	if err != nil {
		t.Fatal(err)
	}
	p := neo4jtest.StartPrivate(t)
	if err := p.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := p.Import(strings.Fields(string(args))...); err != nil {
		t.Fatal(err)
	}
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	b, err := store.Open(ctx, store.Config{URI: p.URI})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close(ctx)
	// The imported graph already holds the markers of the one-off
	// migrations a graph written by this version never needs, so its first
	// Migrate does not redo them (recounting the pair tallies took minutes
	// at a million events).
	wantDone, err := s.MigrationsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gotDone, err := b.MigrationsForTest(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(gotDone, wantDone) || !slices.Contains(gotDone, "pair-tallies-1") {
		t.Errorf("migration markers before the imported graph's first Migrate: %v; WriteFacts' graph has %v", gotDone, wantDone)
	}
	if err := b.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := b.FinishBulkImport(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := b.DumpGraph(ctx, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if got.Digest == want.Digest {
		return
	}
	t.Errorf("the imported graph differs: %d nodes %v, %d relationships %v; WriteFacts wrote %d %v, %d %v",
		got.Nodes, got.Labels, got.Relationships, got.Types, want.Nodes, want.Labels, want.Relationships, want.Types)
	in := map[string]bool{}
	for _, l := range got.Lines {
		in[l] = true
	}
	shown := 0
	for _, l := range want.Lines {
		if !in[l] && shown < 10 {
			t.Errorf("only in WriteFacts' graph: %s", l)
			shown++
		}
	}
	in = map[string]bool{}
	for _, l := range want.Lines {
		in[l] = true
	}
	shown = 0
	for _, l := range got.Lines {
		if !in[l] && shown < 10 {
			t.Errorf("only in the imported graph: %s", l)
			shown++
		}
	}
}
