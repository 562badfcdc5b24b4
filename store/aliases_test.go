package store_test

import (
	"context"
	"slices"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
)

// TestMigrationPrunesDescriptiveAliases: a graph an older ingestion wrote
// with descriptions as aliases ("the president") loses them at the next
// start, with the name keys they gave, so they link no later article; the
// proper names stay and still find the actor.
func TestMigrationPrunesDescriptiveAliases(t *testing.T) {
	s := neo4jtest.Store(t)
	ctx := context.Background()
	fs := summitFacts("https://example.test/aliases")
	fs.Actors[0].Aliases = []string{"Ferreira", "the president", "The trade minister", "President [Ana] Ferreira"}
	mustWrite(t, s, fs)
	if err := s.ForgetAliasMigrationForTest(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	found, err := s.ActorsByNames(ctx, []string{"the president", "The trade minister", "Ferreira", fs.Actors[0].Name})
	if err != nil {
		t.Fatal(err)
	}
	if got := found[domain.NormalizeName("the president")]; len(got) != 0 {
		t.Errorf("a description still finds %v", got)
	}
	if got := found[domain.NormalizeName("The trade minister")]; len(got) != 0 {
		t.Errorf("a description still finds %v", got)
	}
	byAlias := found[domain.NormalizeName("Ferreira")]
	if len(byAlias) != 1 || byAlias[0].ID != fs.Actors[0].ID {
		t.Fatalf("the proper alias finds %v, want %s", byAlias, fs.Actors[0].ID)
	}
	if got := byAlias[0].Aliases; !slices.Equal(got, []string{"Ferreira"}) {
		t.Errorf("aliases after the migration %q, want [Ferreira]", got)
	}
	// It ran once: aliases written after it are the writer's business.
	again := summitFacts("https://example.test/aliases-again")
	again.Article.Text += " Again."
	again.Actors[0].Aliases = fs.Actors[0].Aliases
	mustWrite(t, s, again)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := s.PruneDescriptiveAliases(ctx); err != nil || n != 1 {
		t.Errorf("pruning on demand changed %d actors (%v), want 1", n, err)
	}
}
