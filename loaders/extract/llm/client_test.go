package llm

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/loaders/extract"
)

func TestRetriesAfter429AndHonoursRetryAfter(t *testing.T) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.Header().Set("Retry-After", "7")
			http.Error(w, `{"error":{"message":"rate limited"}}`, http.StatusTooManyRequests)
			return
		}
		w.Write(chatBody(t, emptyAnswer))
	}))
	e, waits := newTestExtractor(t, srv, Config{})

	if _, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{}); err != nil {
		t.Fatal(err)
	}
	if hits.Load() != 2 || e.Stats().Retries != 1 || e.Stats().Requests != 2 {
		t.Errorf("hits %d, stats %+v", hits.Load(), e.Stats())
	}
	if w := waits.all(); len(w) != 1 || w[0] != 7*time.Second {
		t.Errorf("waits = %v, want [7s] from Retry-After", w)
	}
}

func TestGivesUpAfterMaxRetriesOn5xx(t *testing.T) {
	var hits atomic.Int32
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		http.Error(w, "model is loading", http.StatusServiceUnavailable)
	}))
	e, waits := newTestExtractor(t, srv, Config{MaxRetries: 3})

	_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EUnavailable || !strings.Contains(err.Error(), "503") ||
		!strings.Contains(err.Error(), "after 4 attempts") {
		t.Fatalf("err = %v", err)
	}
	if hits.Load() != 4 || e.Stats().Retries != 3 {
		t.Errorf("hits %d, stats %+v", hits.Load(), e.Stats())
	}
	// Exponential backoff with jitter: wait n lies in [base·2ⁿ/2, base·2ⁿ].
	w := waits.all()
	if len(w) != 3 {
		t.Fatalf("waits = %v", w)
	}
	for n, d := range w {
		full := defaultBackoff << n
		if d < full/2 || d > full {
			t.Errorf("wait %d = %v, want within [%v, %v]", n, d, full/2, full)
		}
	}
}

func TestNoRetryOnClientErrors(t *testing.T) {
	tests := []struct {
		status int
		code   domain.ErrorCode
	}{
		{http.StatusBadRequest, domain.EInternal},
		{http.StatusNotFound, domain.EInternal},
		{http.StatusUnauthorized, domain.EUnauthenticated},
	}
	for _, tt := range tests {
		var hits atomic.Int32
		srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			hits.Add(1)
			http.Error(w, `{"error":{"message":"model not found"}}`, tt.status)
		}))
		e, _ := newTestExtractor(t, srv, Config{})
		_, err := e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
		if err == nil || domain.CodeOf(err) != tt.code || !strings.Contains(err.Error(), "model not found") {
			t.Errorf("status %d: err = %v (code %s)", tt.status, err, domain.CodeOf(err))
		}
		if hits.Load() != 1 {
			t.Errorf("status %d: %d requests, want 1", tt.status, hits.Load())
		}
	}
}

// stallingEndpoint answers nothing until the request is abandoned; arrived
// receives one value per request.
func stallingEndpoint(t *testing.T) (url string, arrived chan struct{}) {
	arrived = make(chan struct{}, 16)
	testOver := make(chan struct{})
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Reading the body lets the server notice the client hanging up.
		io.Copy(io.Discard, r.Body)
		arrived <- struct{}{}
		select {
		case <-r.Context().Done():
		case <-testOver:
		}
	}))
	t.Cleanup(func() { close(testOver) }) // runs before srv.Close
	return srv.URL, arrived
}

// TestSlowServerTimesOut: a timeout is not retried (the same question would
// take as long again), and the abandoned request's connection is closed.
func TestSlowServerTimesOut(t *testing.T) {
	url, arrived := stallingEndpoint(t)
	e, err := New(Config{URL: url, Model: testModel, Timeout: 50 * time.Millisecond, MaxRetries: 1})
	if err != nil {
		t.Fatal(err)
	}
	waits := &waitLog{}
	e.sleep = waits.sleep

	_, err = e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EUnavailable || !strings.Contains(err.Error(), "no answer within 50ms") ||
		!strings.Contains(err.Error(), url) {
		t.Fatalf("err = %v", err)
	}
	if len(arrived) != 1 || e.Stats().Retries != 0 {
		t.Errorf("%d requests arrived, stats %+v; want one, not retried", len(arrived), e.Stats())
	}
}

func TestCancellationStopsWithoutRetry(t *testing.T) {
	url, arrived := stallingEndpoint(t)
	e, err := New(Config{URL: url, Model: testModel, MaxRetries: 5})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	_, err = e.Extract(ctx, harbourArticle(t), extract.Gazetteer{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if e.Stats().Requests != 1 || e.Stats().Retries != 0 {
		t.Errorf("stats %+v", e.Stats())
	}
}

func TestUnreachableEndpointIsUnavailable(t *testing.T) {
	srv := newEndpoint(t, answering(t, emptyAnswer))
	url := srv.URL
	srv.Close() // nothing listens there any more
	e, err := New(Config{URL: url, Model: testModel, MaxRetries: 2})
	if err != nil {
		t.Fatal(err)
	}
	e.sleep = (&waitLog{}).sleep
	_, err = e.Extract(context.Background(), harbourArticle(t), extract.Gazetteer{})
	if domain.CodeOf(err) != domain.EUnavailable || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("err = %v", err)
	}
	if e.Stats().Requests != 3 {
		t.Errorf("stats %+v", e.Stats())
	}
}

// TestConcurrencyNeverExceedsBound holds every request in the server until
// the test lets it go, one at a time, and checks at each step that exactly
// the bound (or what is left) is in flight and never more.
func TestConcurrencyNeverExceedsBound(t *testing.T) {
	const bound, calls = 3, 20
	var inFlight, peak atomic.Int32
	release := make(chan struct{})
	srv := newEndpoint(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for p := peak.Load(); n > p && !peak.CompareAndSwap(p, n); p = peak.Load() {
		}
		<-release
		inFlight.Add(-1)
		w.Write(chatBody(t, emptyAnswer))
	}))
	e, _ := newTestExtractor(t, srv, Config{Concurrency: bound})

	var wg sync.WaitGroup
	errs := make(chan error, calls)
	for i := range calls {
		wg.Go(func() {
			_, err := e.Extract(context.Background(), articleN(i), extract.Gazetteer{})
			errs <- err
		})
	}
	for left := calls; left > 0; left-- {
		want := int32(min(bound, left))
		deadline := time.Now().Add(5 * time.Second)
		for inFlight.Load() != want {
			if time.Now().After(deadline) {
				t.Fatalf("%d calls left: %d in flight, want %d", left, inFlight.Load(), want)
			}
			time.Sleep(time.Millisecond) // polling, not waiting for an outcome
		}
		if p := peak.Load(); p > bound {
			t.Fatalf("peak in flight %d > bound %d", p, bound)
		}
		release <- struct{}{}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if p := peak.Load(); p != bound {
		t.Errorf("peak in flight %d, want exactly %d", p, bound)
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 5, 15, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"12", 12 * time.Second, true},
		{"0", 0, true},
		{"-3", 0, true},
		{"Thu, 15 May 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Thu, 15 May 2025 11:00:00 GMT", 0, true},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if d := backoff(0, 10*time.Minute, true); d != maxRetryAfter {
		t.Errorf("Retry-After not capped: %v", d)
	}
}
