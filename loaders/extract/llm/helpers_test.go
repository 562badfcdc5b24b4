package llm

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

const testModel = "test-model"

// chatBody wraps content the way a chat-completions endpoint answers.
func chatBody(t testing.TB, content string) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"id":      "chatcmpl-1",
		"object":  "chat.completion",
		"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": content}, "finish_reason": "stop"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// answering returns a handler that always answers content.
func answering(t testing.TB, content string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(chatBody(t, content))
	}
}

// newEndpoint starts a loopback server with handler and closes it at the end.
func newEndpoint(t testing.TB, handler http.Handler) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(handler)
	t.Cleanup(srv.Close)
	return srv
}

// newTestExtractor returns an Extractor for srv whose retry waits are
// recorded instead of slept.
func newTestExtractor(t testing.TB, srv *httptest.Server, cfg Config) (*Extractor, *waitLog) {
	t.Helper()
	cfg.URL = srv.URL
	if cfg.Model == "" {
		cfg.Model = testModel
	}
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	log := &waitLog{}
	e.sleep = log.sleep
	return e, log
}

// waitLog records the waits between retries.
type waitLog struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (l *waitLog) sleep(ctx context.Context, d time.Duration) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.waits = append(l.waits, d)
	return ctx.Err()
}

func (l *waitLog) all() []time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]time.Duration(nil), l.waits...)
}

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// harbourArticle is the invented article of testdata/harbour.txt.
func harbourArticle(t testing.TB) domain.Article {
	a := domain.Article{
		URL:         "https://news.example/harbour-talks",
		PublishedAt: time.Date(2025, 5, 15, 9, 30, 0, 0, time.UTC),
		Text:        readTestdata(t, "harbour.txt"),
	}
	a.Seal()
	return a
}

// harbourFactsFrom is what the extractor makes of the harbour article when
// the model answers content; an extraction error fails the test.
func harbourFactsFrom(t testing.TB, content string) domain.FactSet {
	t.Helper()
	e, _ := newTestExtractor(t, newEndpoint(t, answering(t, content)), Config{})
	facts, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if err != nil {
		t.Fatal(err)
	}
	return facts
}

// articleN is a small distinct article, so each gets its own cache key.
func articleN(n int) domain.Article {
	a := domain.Article{
		PublishedAt: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC),
		Text:        "The Lowland Council met on Monday. Item " + string(rune('A'+n%26)) + time.Duration(n).String() + ".",
	}
	a.Seal()
	return a
}

// emptyAnswer is a valid answer with no facts.
const emptyAnswer = `{"actors":[],"statements":[],"meetings":[],"interactions":[],"policyShifts":[],"otherEvents":[]}`
