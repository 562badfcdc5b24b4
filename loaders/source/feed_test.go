package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// rssWith is an RSS document with one item per link.
func rssWith(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Poll Desk</title>`)
	for i, link := range links {
		fmt.Fprintf(&b, `<item><title>Story %d</title><link>%s</link><pubDate>Mon, 10 Jun 2024 1%d:00:00 +0000</pubDate><description>Text of story %d.</description></item>`, i, link, i, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// feedServer serves whatever feed holds and signals each request on hits.
func feedServer(t *testing.T, feed *atomic.Value, status int) (*httptest.Server, chan struct{}) {
	hits := make(chan struct{}, 1000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		if status != 0 {
			w.WriteHeader(status)
		}
		w.Write([]byte(feed.Load().(string)))
		select {
		case hits <- struct{}{}:
		default:
		}
	}))
	t.Cleanup(srv.Close)
	return srv, hits
}

// await receives from ch or fails after a deadline.
func await[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(5 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		var zero T
		return zero
	}
}

func TestPollHandsOverOnlyNewItems(t *testing.T) {
	var feed atomic.Value
	feed.Store(rssWith("https://poll.example/stored", "https://poll.example/a"))
	srv, hits := feedServer(t, &feed, 0)

	var mu sync.Mutex
	stored := map[string]bool{domain.ArticleID("https://poll.example/stored", ""): true}
	seen := func(_ context.Context, a domain.Article) (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		return stored[a.ID], nil
	}
	handed := make(chan Item, 100)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- Poll(ctx, srv.URL, time.Millisecond, Options{}, seen, func(it Item) { handed <- it })
	}()

	if it := await(t, handed, "first item"); it.Err != nil || it.Article.URL != "https://poll.example/a" {
		t.Fatalf("first handed %+v, want the unseen item a", it)
	}
	await(t, hits, "a poll")
	await(t, hits, "a second poll")
	feed.Store(rssWith("https://poll.example/b", "https://poll.example/stored", "https://poll.example/a"))
	if it := await(t, handed, "new item"); it.Err != nil || it.Article.URL != "https://poll.example/b" {
		t.Fatalf("after the feed changed handed %+v, want only the new item b", it)
	}
	await(t, hits, "a poll")
	await(t, hits, "a second poll")
	cancel()
	if err := await(t, done, "Poll to return"); err != nil {
		t.Errorf("Poll returned %v after cancel, want nil", err)
	}
	close(handed)
	for it := range handed {
		t.Errorf("handed again: %s", it.Origin)
	}
}

func TestPollReportsFailuresAndCarriesOn(t *testing.T) {
	var feed atomic.Value
	feed.Store("unavailable")
	srv, _ := feedServer(t, &feed, http.StatusServiceUnavailable)
	handed := make(chan Item, 100)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- Poll(ctx, srv.URL, time.Millisecond, Options{}, func(context.Context, domain.Article) (bool, error) { return false, nil },
			func(it Item) {
				select { // never block Poll: this test stops reading early
				case handed <- it:
				default:
				}
			})
	}()
	for i := 0; i < 2; i++ { // a failure is reported on every poll, and polling goes on
		if it := await(t, handed, "a failure"); domain.CodeOf(it.Err) != domain.EUnavailable || !strings.Contains(it.Err.Error(), "503") {
			t.Fatalf("handed %+v, want a 503 failure", it)
		}
	}
	cancel()
	await(t, done, "Poll to return")
}

func TestPollRejectsBadInterval(t *testing.T) {
	err := Poll(context.Background(), "http://127.0.0.1/", 0, Options{}, nil, nil)
	wantErr(t, err, domain.EInvalid, "every", "")
}
