package loaders_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// panicky wraps the rules extractor and panics on articles whose text
// contains a marker, as a bug in an extractor would.
type panicky struct{ extract.Extractor }

func (p panicky) Extract(ctx context.Context, a domain.Article, g extract.Gazetteer) (domain.FactSet, error) {
	if strings.Contains(a.Text, "BOOM") {
		var m map[string]int
		m["x"]++ // a nil map write: a real runtime panic
	}
	return p.Extractor.Extract(ctx, a, g)
}

func article(text string, day int) domain.Article {
	a := domain.Article{Text: text, Title: strings.SplitN(text, "\n", 2)[0],
		PublishedAt: time.Date(2025, 9, day, 12, 0, 0, 0, time.UTC), URL: "https://example.test/" + strings.Fields(text)[0]}
	a.Seal()
	return a
}

// A panic inside extraction fails that article alone, as an
// *ExtractorPanic with its stack; the batch goes on and writes the others.
func TestAnExtractorPanicFailsOnlyItsArticle(t *testing.T) {
	s := neo4jtest.Store(t)
	in := loaders.NewIngester(s, panicky{rules.New()})
	articles := []domain.Article{
		article("Alpha talks\n\nPrime Minister Ana Ferreira met President Joao Lima in Lisbon on Monday, officials said.", 10),
		article("BOOM story\n\nSomething BOOM happened.", 11),
		article("Gamma talks\n\n\"We will not back down,\" said Ana Ferreira on Tuesday.", 12),
	}
	results := map[int]loaders.Result{}
	in.IngestAll(context.Background(), articles, 2, func(r loaders.Result) { results[r.Index] = r })
	if len(results) != 3 {
		t.Fatalf("got %d results, want 3", len(results))
	}
	var p *loaders.ExtractorPanic
	if !errors.As(results[1].Err, &p) || len(p.Stack) == 0 || !strings.Contains(string(p.Stack), "panic_test.go") {
		t.Fatalf("article 1: want an ExtractorPanic with a stack, got %v", results[1].Err)
	}
	for _, i := range []int{0, 2} {
		if results[i].Err != nil || results[i].Report.Created == 0 {
			t.Errorf("article %d: err %v, report %+v; want it written", i, results[i].Err, results[i].Report)
		}
	}
	present, err := s.ArticleHashes(context.Background(), []string{articles[0].ID, articles[1].ID, articles[2].ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(present) != 2 || present[articles[1].ID] != "" {
		t.Fatalf("articles in the graph: %v; want the two that extracted", present)
	}
}
