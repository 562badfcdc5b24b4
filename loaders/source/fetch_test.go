package source

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

// route is one canned answer of the test server.
type route struct {
	status      int
	contentType string // "none" sends no Content-Type at all
	body        string
}

// newServer serves routes by path on 127.0.0.1.
func newServer(t *testing.T, routes map[string]route) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rt, ok := routes[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if rt.contentType == "none" {
			w.Header()["Content-Type"] = nil
		} else {
			w.Header().Set("Content-Type", rt.contentType)
		}
		if rt.status != 0 {
			w.WriteHeader(rt.status)
		}
		w.Write([]byte(rt.body))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestFetch(t *testing.T) {
	page := readFixture(t, "testdata/harbour-page.html")
	dated := &Meta{PublishedAt: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)}
	srv := newServer(t, map[string]route{
		"/page":      {contentType: "text/html; charset=utf-8", body: page},
		"/plain":     {contentType: "text/plain", body: "Minister quits\n\n" + storyText},
		"/api":       {contentType: "application/json", body: `[{"publishedAt":"2024-05-06","text":"One."},{"publishedAt":"2024-05-07","text":"Two."}]`},
		"/rss":       {contentType: "application/rss+xml", body: readFixture(t, "testdata/world.rss")},
		"/atom":      {contentType: "application/atom+xml; charset=utf-8", body: readFixture(t, "testdata/city.atom")},
		"/untyped":   {contentType: "none", body: page},
		"/octet":     {contentType: "application/octet-stream", body: storyText},
		"/notfeed":   {contentType: "text/xml", body: "this is not xml at all"},
		"/image":     {contentType: "image/png", body: "\x89PNG\r\n\x1a\n"},
		"/broken":    {status: 500, contentType: "text/plain", body: "oops"},
		"/forbidden": {status: 403, contentType: "text/plain", body: "no"},
		"/gone":      {status: 410, contentType: "text/plain", body: "gone"},
		"/empty":     {contentType: "text/html", body: "<html><body><nav>Home</nav></body></html>"},
	})
	tests := []struct {
		path     string
		want     []string
		wantURL  string // first item's URL
		wantCode domain.ErrorCode
		field    string
	}{
		{path: "/page", want: []string{"ok"}, wantURL: "https://ledger.example/news/2024/03/12/port-expansion-halted"},
		{path: "/plain", want: []string{"ok"}, wantURL: srv.URL + "/plain"},
		{path: "/api", want: []string{"ok", "ok"}},
		{path: "/rss", want: []string{"ok", "ok", "text"}, wantURL: "https://world.example/2024/06/10/leaders-meet"},
		{path: "/atom", want: []string{"ok", "ok"}, wantURL: "https://city.example/library"},
		{path: "/untyped", want: []string{"ok"}},
		{path: "/octet", want: []string{"ok"}},
		{path: "/notfeed", wantCode: domain.EInvalid, field: "feed"},
		{path: "/image", wantCode: domain.EInvalid, field: "contentType"},
		{path: "/missing", wantCode: domain.ENotFound, field: "url"},
		{path: "/gone", wantCode: domain.ENotFound, field: "url"},
		{path: "/broken", wantCode: domain.EUnavailable},
		{path: "/forbidden", wantCode: domain.EUnavailable},
		{path: "/empty", wantCode: domain.EInvalid, field: "text"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			items, err := Fetch(context.Background(), srv.URL+tt.path, Options{Meta: dated})
			if tt.wantCode != "" {
				wantErr(t, err, tt.wantCode, tt.field, srv.URL+tt.path)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := itemOutcomes(items); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("items %v, want %v", got, tt.want)
			}
			if tt.wantURL != "" && items[0].Article.URL != tt.wantURL {
				t.Errorf("URL %q, want %q", items[0].Article.URL, tt.wantURL)
			}
		})
	}
}

func TestFetchStatusNamed(t *testing.T) {
	srv := newServer(t, nil)
	_, err := Fetch(context.Background(), srv.URL+"/nowhere", Options{})
	if err == nil || !strings.Contains(err.Error(), "404 Not Found") || !strings.Contains(err.Error(), srv.URL+"/nowhere") {
		t.Errorf("error %v: want the status and the URL", err)
	}
}

func TestFetchBadURL(t *testing.T) {
	for _, url := range []string{"ftp://example.org/a", "not a url", "http://"} {
		_, err := Fetch(context.Background(), url, Options{})
		wantErr(t, err, domain.EInvalid, "url", "")
	}
}

// blockingServer answers after headers (or before them) only when the
// request is abandoned or the test ends.
func blockingServer(t *testing.T, sendHeaders bool) *httptest.Server {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if sendHeaders {
			w.Header().Set("Content-Type", "text/plain")
			w.Write([]byte("The first words of a story that never ends"))
			w.(http.Flusher).Flush()
		}
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	t.Cleanup(func() { close(release); srv.Close() })
	return srv
}

func TestFetchTimeout(t *testing.T) {
	for _, headers := range []bool{false, true} {
		srv := blockingServer(t, headers)
		_, err := Fetch(context.Background(), srv.URL+"/slow", Options{HTTPTimeout: 50 * time.Millisecond})
		wantErr(t, err, domain.EUnavailable, "", "no complete answer within 50ms")
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := blockingServer(t, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Fetch(ctx, srv.URL, Options{})
	wantErr(t, err, domain.EUnavailable, "", srv.URL)
}

// TestFetchHugeBody streams 50 MB and checks the reader stops at the cap:
// the server can only have written what the socket buffers took before
// the client hung up.
func TestFetchHugeBody(t *testing.T) {
	const total = 50 << 20
	for _, declared := range []bool{false, true} {
		var written atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			if declared {
				w.Header().Set("Content-Length", "52428800")
			}
			chunk := []byte(strings.Repeat("All work and no play makes a long story. ", 1<<14))
			for written.Load() < total {
				n, err := w.Write(chunk)
				written.Add(int64(n))
				if err != nil {
					return
				}
			}
		}))
		_, err := Fetch(context.Background(), srv.URL, Options{MaxBytes: 1 << 20})
		srv.Close() // waits for the handler to stop writing
		wantErr(t, err, domain.EInvalid, "size", "1048576-byte limit")
		if w := written.Load(); w >= total {
			t.Errorf("declared=%v: the whole %d-byte body was sent; the reader did not stop at the cap", declared, w)
		}
	}
}

func TestFeed(t *testing.T) {
	srv := newServer(t, map[string]route{
		"/rss":     {contentType: "text/html", body: readFixture(t, "testdata/world.rss")}, // a wrong type does not matter to Feed
		"/notxml":  {contentType: "application/rss+xml", body: "<html><body>Not a feed</body></html>"},
		"/garbage": {contentType: "application/rss+xml", body: "{ this is : not xml"},
	})
	items, err := Feed(context.Background(), srv.URL+"/rss", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(itemOutcomes(items), ","); got != "ok,ok,text" {
		t.Fatalf("items %s", got)
	}
	first, second := items[0].Article, items[1].Article
	if first.Title != "Leaders meet on the sidelines of the summit" || first.Publisher != "World Desk Example" || first.Language != "en" ||
		!first.PublishedAt.Equal(time.Date(2024, 6, 10, 14, 0, 0, 0, time.UTC)) {
		t.Errorf("first item: %+v", first)
	}
	if want := "The two leaders met on the sidelines of the summit on Monday, their first talks in a year.\n\nOfficials said the meeting lasted an hour."; first.Text != want {
		t.Errorf("content:encoded text %q, want %q", first.Text, want)
	}
	if want := "Agriculture ministers agreed on Sunday to extend the grain corridor for six months."; second.Text != want {
		t.Errorf("description text %q, want %q", second.Text, want)
	}
	for _, path := range []string{"/notxml", "/garbage"} {
		_, err := Feed(context.Background(), srv.URL+path, Options{})
		wantErr(t, err, domain.EInvalid, "feed", srv.URL+path)
	}
	_, err = Feed(context.Background(), srv.URL+"/missing", Options{})
	wantErr(t, err, domain.ENotFound, "url", "404")
}
