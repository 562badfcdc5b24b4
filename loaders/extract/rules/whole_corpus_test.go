package rules_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/testpaths"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/loaders/resolve"
	"github.com/eventgraph/eventgraph/loaders/source"
)

// TestEveryRealArticlesFactsAreOnesTheStoreTakes extracts every real
// article here — the BBC corpus and the annotated sets —, resolves the facts
// as ingest does into a graph with no actors yet, and requires that the
// store takes the article (FactSet.Problems, the store's own check): a fact naming an actor the extraction dropped (a
// role "of" a bare "Committee" once) makes ingest refuse the whole article,
// which no score catches.
func TestEveryRealArticlesFactsAreOnesTheStoreTakes(t *testing.T) {
	var files []string
	for _, pattern := range []string{
		filepath.Join(testpaths.SharedDir(), "corpora", "bbc-politics", "*.txt"),
		filepath.Join(realDevDir, "*.txt"),
		filepath.Join(realBlindDir, "*.txt"),
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 400 {
		t.Fatalf("%d real articles found; the BBC corpus alone has 401", len(files))
	}
	x, dropped := rules.New(), 0
	for _, f := range files {
		items, err := source.ReadFile(f, source.Options{})
		if err != nil || len(items) != 1 || items[0].Err != nil {
			continue // what the reader refuses is the reader's tests' business
		}
		fs, err := loaders.ExtractArticle(context.Background(), x, items[0].Article, extract.Gazetteer{})
		if err != nil {
			t.Errorf("%s: extract: %v", filepath.Base(f), err)
			continue
		}
		fs, err = resolve.Resolve(context.Background(), noActorsYet{}, fs)
		if err != nil {
			t.Fatal(err)
		}
		// The store leaves out a fact with a problem (ingest warns
		// "dropped …") but refuses the whole article for a problem of an
		// actor, which no fact's absence mends.
		_, gone, refused := fs.WithoutFacts(fs.Problems())
		if len(refused) > 0 {
			t.Errorf("%s: the store would refuse the article: %v", filepath.Base(f), refused)
		}
		dropped += len(gone)
	}
	t.Logf("%d articles; %d facts the store would leave out, with a warning", len(files), dropped)
}

// noActorsYet is the directory of a graph that holds no actor yet: every
// actor of an article is new, as on its first ingest into a fresh graph.
type noActorsYet struct{}

func (noActorsYet) ActorsByNames(context.Context, []string) (map[string][]domain.Actor, error) {
	return nil, nil
}
