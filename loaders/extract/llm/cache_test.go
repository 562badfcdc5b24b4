package llm

import (
	"context"
	"net/http"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/loaders/extract"
)

func countingEndpoint(t *testing.T, content string) (*atomic.Int32, string) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write(chatBody(t, content))
	}))
	return &hits, srv.URL
}

func TestCacheAnswersSecondCallWithoutServer(t *testing.T) {
	hits, url := countingEndpoint(t, readTestdata(t, "harbour_answer.json"))
	e, err := New(Config{URL: url, Model: testModel})
	if err != nil {
		t.Fatal(err)
	}
	article := harbourArticle(t)
	first, err := e.Extract(context.Background(), article, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	second, err := e.Extract(context.Background(), article, extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 1 || e.Stats().CacheHits != 1 {
		t.Errorf("hits %d, stats %+v; want the second call from the cache", hits.Load(), e.Stats())
	}
	if len(second.Statements) != len(first.Statements) || second.Statements[0].Evidence != first.Statements[0].Evidence {
		t.Errorf("cached facts differ: %+v vs %+v", second.Statements, first.Statements)
	}

	// Another publication date is another question: relative dates differ.
	later := article
	later.PublishedAt = article.PublishedAt.AddDate(0, 0, 7)
	if _, err := e.Extract(context.Background(), later, extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 2 {
		t.Errorf("hits %d: a new publication date must miss the cache", hits.Load())
	}
}

func TestDiskCacheSurvivesANewExtractor(t *testing.T) {
	dir := t.TempDir()
	hits, url := countingEndpoint(t, readTestdata(t, "harbour_answer.json"))
	article := harbourArticle(t)
	for i := range 2 {
		e, err := New(Config{URL: url, Model: testModel, CacheDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		facts, err := e.Extract(context.Background(), article, extract.Gazetteer{})
		if err != nil || len(facts.Meetings) != 1 || len(facts.Warnings) != 0 {
			t.Fatalf("run %d: %v, %+v", i, err, facts)
		}
	}
	if hits.Load() != 1 {
		t.Errorf("hits %d, want 1: the second Extractor should read the disk cache", hits.Load())
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 1 {
		t.Errorf("cache dir holds %v (%v), want one answer file", entries, err)
	}

	// Another model is another question.
	other, _ := New(Config{URL: url, Model: "other-model", CacheDir: dir})
	if _, err := other.Extract(context.Background(), article, extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 2 {
		t.Errorf("hits %d: another model must miss the cache", hits.Load())
	}
}

func TestCacheKey(t *testing.T) {
	a := harbourArticle(t)
	base := cacheKey("m", a)
	b := a
	b.URL, b.Title = "https://elsewhere.example/copy", "Another title"
	if cacheKey("m", b) != base {
		t.Error("the key must depend on content, not on URL or title")
	}
	c := a
	c.Text += " One more sentence."
	d := a
	d.PublishedAt = time.Time{}
	for name, k := range map[string]string{"text": cacheKey("m", c), "date": cacheKey("m", d), "model": cacheKey("n", a)} {
		if k == base {
			t.Errorf("changing the %s must change the key", name)
		}
	}
}

func TestMemoryCacheIsBounded(t *testing.T) {
	c := newAnswerCache("")
	for i := range maxMemoryEntries + 10 {
		c.put(cacheKey("m", articleN(i)), "{}")
	}
	if len(c.mem) != maxMemoryEntries || len(c.order) != maxMemoryEntries {
		t.Errorf("memory cache holds %d (%d in order), want %d", len(c.mem), len(c.order), maxMemoryEntries)
	}
	if _, ok := c.get(cacheKey("m", articleN(0))); ok {
		t.Error("the oldest entry should have been evicted")
	}
}
