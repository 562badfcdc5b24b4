package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/internal/neo4jtest"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/telemetry"
)

// postOp sends a GraphQL request with variables and extra headers.
func postOp(t *testing.T, url, query string, vars map[string]any, header http.Header) (*http.Response, graphQLResult) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return send(t, newPost(t, url, body, header))
}

func TestRequestLogCarriesTheIDAndTheOperation(t *testing.T) {
	srv, logs := startServer(t, neo4jtest.Store(t))
	resp, res := postOp(t, srv.URL, `query WhoIs { actor(id: "nobody-here") { name } }`, nil,
		http.Header{"X-Request-Id": {"client-id.42"}})
	if code, _ := firstError(t, res); code != "NOT_FOUND" {
		t.Fatalf("code %s, want NOT_FOUND", code)
	}
	if got := resp.Header.Get("X-Request-Id"); got != "client-id.42" {
		t.Errorf("X-Request-Id answered %q, want the client's client-id.42", got)
	}
	line := logLine(t, logs.String(), "id=client-id.42")
	for _, want := range []string{"level=INFO", "msg=request", "op=WhoIs", "type=query", "status=200", "errors=NOT_FOUND", "path=/query", "took="} {
		if !strings.Contains(line, want) {
			t.Errorf("log line %q lacks %q", line, want)
		}
	}

	// No id, or one that is not sensible: the server makes one up.
	for _, theirs := range []string{"", "has spaces and \"quotes\"", strings.Repeat("x", 129)} {
		resp, _ := postOp(t, srv.URL, `{ __typename }`, nil, http.Header{"X-Request-Id": {theirs}})
		id := resp.Header.Get("X-Request-Id")
		if !regexp.MustCompile(`^[0-9a-f]{24}$`).MatchString(id) {
			t.Errorf("sent %q: X-Request-Id %q, want 24 hex digits of our own", theirs, id)
			continue
		}
		if line := logLine(t, logs.String(), "id="+id); !strings.Contains(line, "type=query") || strings.Contains(line, "op=") && !strings.Contains(line, `op=""`) {
			t.Errorf("anonymous operation logged as %q", line)
		}
	}
}

// logLine returns the line of log holding want, failing the test when
// none does.
func logLine(t *testing.T, log, want string) string {
	t.Helper()
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, want) {
			return l
		}
	}
	t.Fatalf("no log line holds %q; log:\n%s", want, log)
	return ""
}

func TestRecoveredPanicIsLoggedWithItsStack(t *testing.T) {
	logs := &lockedBuffer{}
	recoverFn := recoverResolver(slog.New(slog.NewTextHandler(logs, nil)))
	var err error
	func() {
		defer func() { err = recoverFn(context.Background(), recover()) }()
		panicsHere()
	}()
	if err != errInternal {
		t.Errorf("recovered as %v, want the internal error", err)
	}
	for _, want := range []string{"resolver panic", "stack=", "panicsHere", "observe_test.go"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks %q:\n%s", want, logs)
		}
	}
}

func panicsHere() { panic("boom") }

// writerAccess lets anyone read and a caller with writerKey write.
func writerAccess(t *testing.T) Access {
	t.Helper()
	keys, err := auth.ParseKeys("wes writer " + writerKey)
	if err != nil {
		t.Fatal(err)
	}
	authn, err := auth.New(context.Background(), auth.Config{Keys: keys, AnonymousReads: true})
	if err != nil {
		t.Fatal(err)
	}
	return Access{Authenticator: authn}
}

// asWriter is the header a writer's request carries.
var asWriter = http.Header{"Authorization": {"Bearer " + writerKey}}

// metricsServer serves server.New with metrics wired as `eventgraph
// serve` wires them.
func metricsServer(t *testing.T, s *store.Store) (*httptest.Server, *telemetry.Metrics) {
	t.Helper()
	m := telemetry.NewMetrics()
	s.Observe(m)
	in := loaders.NewIngester(s, rules.New())
	m.ObserveIngester(in)
	log := slog.New(slog.NewTextHandler(&lockedBuffer{}, nil))
	srv := httptest.NewServer(New(s, Options{Logger: log, Metrics: m, Ingester: in, Access: writerAccess(t)}))
	t.Cleanup(srv.Close)
	return srv, m
}

const summitStory = `Leaders pledge grid link at Nairobi summit

Kenyan President Amani Wekesa and Tanzanian President Neema Mollel met in Nairobi on Monday to sign a power-sharing deal.

"This line will light up a million homes," Wekesa told reporters after the talks.

Mollel praised Wekesa for pushing the project through parliament.`

func TestMetricsCountRequestsQueriesErrorsAndIngests(t *testing.T) {
	srv, m := metricsServer(t, neo4jtest.Store(t))
	postOp(t, srv.URL, `query WhoIs { actor(id: "nobody-here") { name } }`, nil, nil)
	_, res := postOp(t, srv.URL, `mutation Ingest($in: ArticleInput!) { ingestArticle(input: $in) { created } }`,
		map[string]any{"in": map[string]any{"text": summitStory, "publishedAt": "2024-02-14T10:00:00Z"}}, asWriter)
	if len(res.Errors) > 0 {
		t.Fatalf("ingest: %+v", res.Errors)
	}
	postOp(t, srv.URL, `{ actor(id: "x") { name } `, nil, nil) // a syntax error

	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	text := rec.Body.String()
	for _, want := range []string{
		`eventgraph_graphql_requests_total{operation="WhoIs",type="query"} 1`,
		`eventgraph_graphql_requests_total{operation="Ingest",type="mutation"} 1`,
		`eventgraph_graphql_requests_total{operation="none",type="none"} 1`,
		`eventgraph_graphql_request_duration_seconds_count{operation="WhoIs",type="query"} 1`,
		`eventgraph_graphql_errors_total{code="NOT_FOUND"} 1`,
		`eventgraph_graphql_errors_total{code="BAD_USER_INPUT"} 1`,
		`eventgraph_http_requests_total{code="200",handler="/query"} 2`,
		`eventgraph_http_requests_total{code="400",handler="/query"} 1`,
		`eventgraph_ingest_articles_total{outcome="written"} 1`,
		`eventgraph_ingest_articles_total{outcome="failed"} 0`,
		`eventgraph_graphql_operation_cost_count{type="query"} 1`,
		`eventgraph_subscriptions_open 0`,
		`go_goroutines `, `process_resident_memory_bytes `,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for _, positive := range []string{
		`eventgraph_ingest_events_total{outcome="created"}`,
		`eventgraph_neo4j_query_duration_seconds_count{mode="read",outcome="ok"}`,
		`eventgraph_neo4j_query_duration_seconds_count{mode="write",outcome="ok"}`,
	} {
		if v := seriesValue(t, text, positive); v <= 0 {
			t.Errorf("%s = %v, want more than 0", positive, v)
		}
	}
	if t.Failed() {
		t.Logf("/metrics:\n%s", text)
	}
}

// seriesValue reads one series' value from the text format.
func seriesValue(t *testing.T, text, series string) float64 {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(l, series+" "); ok {
			var f float64
			if err := json.Unmarshal([]byte(v), &f); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
			return f
		}
	}
	t.Errorf("no series %s", series)
	return -1
}
