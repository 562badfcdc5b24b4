package server

import (
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/eventgraph/eventgraph/telemetry"
)

func TestOneRequestIsTracedFromHTTPThroughItsResolverToCypher(t *testing.T) {
	s := sampleStore(t)
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	tr := telemetry.NewTracing(tp)
	s.Observe(tr)
	// search is answered by the direct page writer, outside gqlgen's
	// executor and so outside the tracing middleware: the writer must open
	// the same spans (DirectPages.Traced).
	direct := 0
	srv := httptest.NewServer(New(s, Options{Logger: slog.New(slog.DiscardHandler), Tracing: tr, OnDirectPage: func() { direct++ }}))
	t.Cleanup(srv.Close)

	_, res := postOp(t, srv.URL, `query Find { search(text: "Rubio", first: 3) { kind node { __typename } } }`, nil, nil)
	if len(res.Errors) > 0 || !strings.Contains(string(res.Data), "Actor") {
		t.Fatalf("search: %s %+v", res.Data, res.Errors)
	}
	srv.Close() // the HTTP span ends once the handler has returned
	if direct != 1 {
		t.Fatalf("the direct page writer answered %d operations; want the search", direct)
	}
	got := spans.GetSpans()
	byName := map[string]tracetest.SpanStub{}
	for _, sp := range got {
		byName[sp.Name] = sp
	}
	chain := []string{"POST /query", "Find", "Query/search", "neo4j read"}
	for i, name := range chain {
		sp, ok := byName[name]
		if !ok {
			t.Fatalf("no span %q among %v", name, names(got))
		}
		if i == 0 {
			if sp.Parent.IsValid() {
				t.Errorf("%q has a parent; want it the root", name)
			}
			continue
		}
		parent := byName[chain[i-1]]
		if sp.Parent.SpanID() != parent.SpanContext.SpanID() || sp.SpanContext.TraceID() != parent.SpanContext.TraceID() {
			t.Errorf("%q is not a child of %q", name, chain[i-1])
		}
	}
	for _, kv := range byName["neo4j read"].Attributes {
		if kv.Key == "db.query.text" && !strings.Contains(kv.Value.AsString(), "$") {
			t.Errorf("the Cypher span's statement %q has no parameter", kv.Value.AsString())
		}
	}
}

func names(spans tracetest.SpanStubs) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, sp.Name)
	}
	return out
}
