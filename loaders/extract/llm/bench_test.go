package llm

import (
	"context"
	"testing"

	"github.com/eventgraph/eventgraph/loaders/extract"
)

// BenchmarkConvert measures checking a model answer against its article:
// the work done on every Extract, cache hit or not.
func BenchmarkConvert(b *testing.B) {
	article := harbourArticle(b)
	ans, err := decodeAnswer(readTestdata(b, "harbour_answer.json"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		convert(ans, article, extract.Gazetteer{}, "llm/bench")
	}
}

// BenchmarkExtractCached measures an Extract answered from the cache.
func BenchmarkExtractCached(b *testing.B) {
	srv := newEndpoint(b, answering(b, readTestdata(b, "harbour_answer.json")))
	e, err := New(Config{URL: srv.URL, Model: testModel})
	if err != nil {
		b.Fatal(err)
	}
	article := harbourArticle(b)
	if _, err := e.Extract(context.Background(), article, extract.Gazetteer{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := e.Extract(context.Background(), article, extract.Gazetteer{}); err != nil {
			b.Fatal(err)
		}
	}
}
