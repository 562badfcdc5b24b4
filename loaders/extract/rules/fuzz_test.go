package rules_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/fuzzbound"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders/extract"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
)

// FuzzExtract: no text, dated or not, makes the extractor panic or hang. Seeds: real articles
// (the development set here and the shared corpus) and issue 19's 57-byte
// crash.
func FuzzExtract(f *testing.F) {
	f.Add("Donald Trump spoke.\n\nTrump's shift after months of saying", int64(20355))
	f.Add("", int64(0))
	f.Add("\"Yes,\" he said.", int64(0))
	for _, b := range fuzzbound.Files(filepath.Join(neo4jtest.RepoRoot(), "loaders", "testdata", "real", "dev", "*.txt"), 20) {
		f.Add(string(b), int64(20000))
	}
	for _, b := range fuzzbound.Files(filepath.Join(neo4jtest.SharedDir(), "corpora", "bbc-politics", "*.txt"), 10) {
		f.Add(string(b), int64(0))
	}
	x := rules.New()
	f.Fuzz(func(t *testing.T, text string, day int64) {
		if len(text) > fuzzbound.MaxInput {
			return
		}
		var published time.Time
		if day > 0 && day < 100000 {
			published = time.Unix(day*86400, 0).UTC()
		}
		a := domain.Article{ID: "fuzz", Text: text, PublishedAt: published}
		fuzzbound.Within(t, []byte(text), func() {
			if _, err := x.Extract(context.Background(), a, extract.Gazetteer{}); err != nil && text != "" && domain.CodeOf(err) != domain.EInvalid {
				t.Fatalf("extract: %v", err)
			}
		})
	})
}
