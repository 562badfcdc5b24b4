package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/store"
)

// Bounds every refusal below must keep: abuse is answered quickly and
// briefly, whatever it sends.
const (
	refusalTime = 5 * time.Second
	refusalSize = 4 << 10
)

// Keys the limited servers know.
const (
	testWriterKey = "limits-test-writer-key-0123456789abcdef"
	testReaderKey = "limits-test-reader-key-0123456789abcdef"
)

// startLimitedServer serves New(s, opt) through NewHTTPServer, as
// `eventgraph serve` does.
func startLimitedServer(t *testing.T, s *store.Store, opt Options) *httptest.Server {
	t.Helper()
	opt.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	keys, err := auth.ParseKeys("wes writer " + testWriterKey + "\nrita reader " + testReaderKey)
	if err != nil {
		t.Fatal(err)
	}
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys, AnonymousReads: true})
	if err != nil {
		t.Fatal(err)
	}
	opt.Access.Authenticator = authn
	srv := httptest.NewUnstartedServer(nil)
	srv.Config = NewHTTPServer(New(s, opt))
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// watchHealth polls /healthz until the test ends and fails it if an answer
// ever took longer than a second or was not 200.
func watchHealth(t *testing.T, url string) {
	t.Helper()
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	var slowest time.Duration
	var failure error
	go func() {
		defer wg.Done()
		client := &http.Client{Timeout: 5 * time.Second}
		for {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			start := time.Now()
			resp, err := client.Get(url + "/healthz")
			if err == nil {
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					err = fmt.Errorf("status %d", resp.StatusCode)
				}
			}
			if err != nil && failure == nil {
				failure = err
			}
			slowest = max(slowest, time.Since(start))
		}
	}()
	t.Cleanup(func() {
		close(stop)
		wg.Wait()
		if failure != nil {
			t.Errorf("/healthz failed during the test: %v", failure)
		}
		if slowest > time.Second {
			t.Errorf("/healthz took %s at its slowest during the test", slowest)
		}
	})
}

// abuseResult is one refused request: what came back and how long it took.
type abuseResult struct {
	status int
	size   int
	took   time.Duration
	res    graphQLResult
}

func postBody(t *testing.T, url string, body []byte, header http.Header) abuseResult {
	t.Helper()
	req := newPost(t, url, body, header)
	start := time.Now()
	resp, raw := roundTrip(t, req)
	out := abuseResult{status: resp.StatusCode, size: len(raw), took: time.Since(start)}
	if err := json.Unmarshal(raw, &out.res); err != nil {
		t.Fatalf("the answer is not JSON (%d bytes): %.200s", len(raw), raw)
	}
	return out
}

func postGraphQL(t *testing.T, url, query string, vars map[string]any) abuseResult {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return postBody(t, url, body, http.Header{"Authorization": {"Bearer " + testWriterKey}})
}

// checkRefused asserts that r is a brief, quick refusal with code, and,
// when limit is not empty, names that limit.
func checkRefused(t *testing.T, r abuseResult, code, limit string) {
	t.Helper()
	if len(r.res.Errors) == 0 {
		t.Fatalf("not refused: status %d, data %.200s", r.status, r.res.Data)
	}
	e := r.res.Errors[0]
	if got, _ := e.Extensions["code"].(string); got != code {
		t.Errorf("code %q (%s), want %s", got, e.Message, code)
	}
	if got, _ := e.Extensions["limit"].(string); limit != "" && got != limit {
		t.Errorf("limit %q (%s), want %s", got, e.Message, limit)
	}
	t.Logf("refused with %s in %s, %d bytes: %.120s", code, r.took.Round(time.Millisecond), r.size, e.Message)
	if r.took > refusalTime {
		t.Errorf("refused after %s", r.took)
	}
	if r.size > refusalSize {
		t.Errorf("the refusal is %d bytes", r.size)
	}
}

// nested returns a query whose fields nest depth (≥ 2) deep, through
// actors' counterparts.
func nested(depth int) string {
	pairs := (depth - 2) / 2
	q := `{ actor(id: "x") {` + strings.Repeat(" counterparts { actor {", pairs)
	if depth-1-2*pairs == 1 {
		q += " id"
	} else {
		q += " counterparts { events }"
	}
	return q + strings.Repeat(" }", 1+2*pairs) + " }"
}

func repeated(n int, field string) string {
	return "{ " + strings.Repeat(field+" ", n) + "}"
}

// fanOut is a 1.3 KB document whose fragments, expanded, select 2^30
// fields: each fragment spreads the previous one twice.
func fanOut() string {
	var b strings.Builder
	b.WriteString("query { ...F30 }\nfragment F0 on Query { __typename }\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i-1, i-1)
	}
	return b.String()
}

// conflictingActors selects actor n times, each with another id.
func conflictingActors(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, ` actor(id: "%d") { id }`, i)
	}
	b.WriteString(" }")
	return b.String()
}

func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

func TestAbusiveDocumentsAreRefusedBeforeTheyRun(t *testing.T) {
	s := sampleStore(t)
	var direct atomic.Int64
	srv := startLimitedServer(t, s, Options{OnDirectPage: func() { direct.Add(1) }})
	watchHealth(t, srv.URL)

	conflicting := "{ actor(id: \"marco-rubio\") {" + strings.Repeat(" a: id a: name", 1000) + " } }"
	thousandAliases := aliases(1000, `timeline(first: 100) { ...Page }`) +
		" fragment Page on EventConnection { edges { node { id } } }"
	const threeDeep = `{ actors(first: 100) { edges { node { timeline(first: 100) { edges { node {
		participants { timeline(first: 100) { edges { node { id } } } } } } } } } } }`
	// Every field is one the direct page writer answers: it must be priced
	// like any other operation.
	directShaped := aliases(20, `timeline(first: 100) { edges { node { id participants { id } sources { article { id } } } } }`)
	cases := []struct {
		name, query, code, limit string
	}{
		{"depth 22", nested(22), "QUERY_TOO_COMPLEX", "depth"},
		{"1,000 aliases of a 100-event timeline", thousandAliases, "QUERY_TOO_COMPLEX", "aliases"},
		{"first: 100 nested three deep", threeDeep, "QUERY_TOO_COMPLEX", "cost"},
		{"a page the direct writer would answer, 20 times", directShaped, "QUERY_TOO_COMPLEX", "cost"},
		{"2^30 fragment fan-out", fanOut(), "QUERY_TOO_COMPLEX", "fields"},
		{"20,000 repeated fields", repeated(20000, "__typename"), "QUERY_TOO_COMPLEX", "tokens"},
		{"2,000 conflicting fields", conflicting, "QUERY_TOO_COMPLEX", "aliases"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkRefused(t, postGraphQL(t, srv.URL, tc.query, nil), tc.code, tc.limit)
		})
	}
	if n := direct.Load(); n != 0 {
		t.Errorf("the direct page writer answered %d refused operations", n)
	}

	t.Run("a normal page right after", func(t *testing.T) {
		r := postGraphQL(t, srv.URL, `{ timeline(first: 100) { edges { node { id participants { id } sources { article { id } } } } } }`, nil)
		if r.status != http.StatusOK || len(r.res.Errors) > 0 || !bytes.Contains(r.res.Data, []byte(`"edges":[{`)) {
			t.Fatalf("status %d, errors %v, data %.200s", r.status, r.res.Errors, r.res.Data)
		}
		if direct.Load() != 1 {
			t.Errorf("the direct page writer answered %d pages, want 1", direct.Load())
		}
	})
}

func TestShapeLimitsEachHoldOnTheirOwn(t *testing.T) {
	// With the token limit out of the way, the other limits still refuse
	// what it would have.
	lim := Limits{MaxTokens: 1 << 20}.withDefaults()
	cases := []struct {
		name, query, limit string
	}{
		{"20,000 repeated fields", repeated(20000, "__typename"), "fields"},
		{"4,000 repeated fields", repeated(4000, "__typename"), "repeats"},
		{"2,000 conflicting fields", conflictingActors(2000), "repeats"},
		{"repeats merged from fields of one name", "{" + strings.Repeat(" actor(id: \"x\") { "+strings.Repeat("id ", 15)+"}", 15) + " }", "repeats"},
		{"depth 16", nested(16), "depth"},
		{"51 aliases", aliases(51, "__typename"), "aliases"},
		{"fan-out in an unused fragment", fanOut()[len("query { ...F30 }\n"):] + "{ __typename }", "fields"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := parseOrFail(t, tc.query)
			err := newShapeCheck(p, lim).check()
			if err == nil {
				t.Fatal("not refused")
			}
			if err.Extensions["limit"] != tc.limit {
				t.Errorf("refused by %v (%s), want %s", err.Extensions["limit"], err.Message, tc.limit)
			}
		})
	}
	for _, ok := range []string{nested(15), aliases(50, "__typename"), repeated(20, "__typename")} {
		if err := newShapeCheck(parseOrFail(t, ok), lim).check(); err != nil {
			t.Errorf("%.60s…: refused: %s", ok, err.Message)
		}
	}
}

func TestOversizedAndSlowBodiesAreRefused(t *testing.T) {
	s := neo4jtest.Store(t)
	srv := startLimitedServer(t, s, Options{Limits: Limits{BodyTimeout: time.Second}})
	watchHealth(t, srv.URL)

	t.Run("10 MB body", func(t *testing.T) {
		body := []byte(`{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 10<<20) + `"}}`)
		r := postBody(t, srv.URL, body, nil)
		checkRefused(t, r, "BAD_USER_INPUT", "")
		if r.status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", r.status)
		}
	})
	t.Run("a body that trickles in", func(t *testing.T) {
		conn, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		start := time.Now()
		fmt.Fprintf(conn, "POST /query HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"query\":")
		go func() {
			// One byte a quarter second: the body would take minutes.
			for i := 0; i < 400; i++ {
				if _, err := conn.Write([]byte(" ")); err != nil {
					return
				}
				time.Sleep(250 * time.Millisecond)
			}
		}()
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			t.Fatalf("no answer after %s: %v", time.Since(start), err)
		}
		raw, _ := io.ReadAll(resp.Body)
		var res graphQLResult
		json.Unmarshal(raw, &res)
		checkRefused(t, abuseResult{status: resp.StatusCode, size: len(raw), took: time.Since(start), res: res}, "TIMEOUT", "")
		if resp.StatusCode != http.StatusRequestTimeout {
			t.Errorf("status %d, want 408", resp.StatusCode)
		}
	})
	t.Run("a normal query right after", func(t *testing.T) {
		r := postGraphQL(t, srv.URL, `{ __typename }`, nil)
		if r.status != http.StatusOK || len(r.res.Errors) > 0 {
			t.Fatalf("status %d, errors %v", r.status, r.res.Errors)
		}
	})
}

func TestHugeInputsAreNotEchoed(t *testing.T) {
	s := sampleStore(t)
	srv := startLimitedServer(t, s, Options{})
	watchHealth(t, srv.URL)

	t.Run("1 MB id", func(t *testing.T) {
		r := postGraphQL(t, srv.URL, `query($id: ID!) { actor(id: $id) { id } }`, map[string]any{"id": strings.Repeat("a", 1<<20)})
		checkRefused(t, r, "NOT_FOUND", "")
		if msg := r.res.Errors[0].Message; len(msg) > 200 || !strings.Contains(msg, `"aaaa`) {
			t.Errorf("message of %d bytes: %.300s", len(msg), msg)
		}
	})
	t.Run("search of 1,024 words", func(t *testing.T) {
		words := strings.Repeat("word ", 1024)
		r := postGraphQL(t, srv.URL, `query($q: String!) { search(text: $q) { kind } }`, map[string]any{"q": words})
		checkRefused(t, r, "BAD_USER_INPUT", "")
		if msg := r.res.Errors[0].Message; !strings.Contains(msg, "1024 words") {
			t.Errorf("message: %s", msg)
		}
		r = postGraphQL(t, srv.URL, `query($q: String!) { timeline(filter: {text: $q}) { edges { cursor } } }`, map[string]any{"q": words})
		checkRefused(t, r, "BAD_USER_INPUT", "")
	})
	t.Run("a search of many words that Lucene takes", func(t *testing.T) {
		r := postGraphQL(t, srv.URL, `query($q: String!) { search(text: $q) { kind } }`, map[string]any{"q": strings.Repeat("Rubio ", 256)})
		if len(r.res.Errors) > 0 || !bytes.Contains(r.res.Data, []byte("ACTOR")) {
			t.Fatalf("errors %v, data %.200s", r.res.Errors, r.res.Data)
		}
	})
}

func parseOrFail(t *testing.T, q string) *ast.QueryDocument {
	t.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: q})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
