package source

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/eventgraph/eventgraph/internal/fuzzbound"
	"github.com/eventgraph/eventgraph/internal/testpaths"
)

// fuzzSeeds are real documents of every kind the readers take: feeds, a
// page, scraped text, the development set's articles.
func fuzzSeeds(f *testing.F) {
	for _, pattern := range []string{
		filepath.Join("testdata", "*"),
		filepath.Join(testpaths.RepoRoot(), "loaders", "testdata", "real", "dev", "*.txt"),
		filepath.Join(testpaths.SharedDir(), "corpora", "bbc-politics", "00*.txt"),
	} {
		for _, b := range fuzzbound.Files(pattern, 8) {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"title":"T","text":"Body.","publishedAt":"2025-09-24"}`))
	f.Add([]byte(`[{"url":"https://example.org/a","text":"A said so."}]`))
	f.Add([]byte("<html><head><title>x</title></head><body><p>Hello.</p></body></html>"))
}

// FuzzReadReader: no document, whatever kind it sniffs as (text, HTML,
// JSON, feed), makes the article readers panic or hang; every article
// they return has text.
func FuzzReadReader(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > fuzzbound.MaxInput {
			return
		}
		fuzzbound.Within(t, b, func() {
			items, err := ReadReader(bytes.NewReader(b), "fuzz", Options{})
			if err != nil {
				return
			}
			for _, it := range items {
				if it.Err == nil && it.Article.Text == "" {
					t.Fatalf("an article without text from %q", it.Origin)
				}
			}
		})
	})
}

// FuzzFeed: no document makes the feed reader panic or hang, whatever it
// holds.
func FuzzFeed(f *testing.F) {
	fuzzSeeds(f)
	f.Add([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>a</title><link>https://example.org/1</link><description>Text.</description><pubDate>Wed, 24 Sep 2025 10:00:00 GMT</pubDate></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > fuzzbound.MaxInput {
			return
		}
		fuzzbound.Within(t, b, func() {
			items, err := fromFeed(b, "fuzz", Options{})
			if err != nil {
				return
			}
			for _, it := range items {
				if it.Err == nil && it.Article.Text == "" {
					t.Fatalf("a feed article without text from %q", it.Origin)
				}
			}
		})
	})
}
