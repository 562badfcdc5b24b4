package telemetry

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestOperationNamesAreCappedAndNormalised(t *testing.T) {
	m := NewMetrics()
	for i := 0; i < MaxOperationNames+50; i++ {
		m.GraphQLRequest(fmt.Sprintf("Op%d", i), "query", time.Millisecond, nil, 0)
	}
	m.GraphQLRequest("Op0", "query", time.Millisecond, nil, 0)           // known: still its own
	m.GraphQLRequest("", "query", time.Millisecond, nil, 0)              // anonymous
	m.GraphQLRequest("", "", time.Millisecond, []string{"lower", ""}, 0) // refused before an operation
	m.GraphQLRequest("not a name!", "query", time.Millisecond, []string{strings.Repeat("A", 41)}, 0)
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	text := rec.Body.String()
	series := 0
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "eventgraph_graphql_requests_total{") {
			series++
		}
	}
	if series != MaxOperationNames+3 {
		t.Errorf("%d request series, want %d names, other, anonymous and none", series, MaxOperationNames)
	}
	for _, want := range []string{
		`eventgraph_graphql_requests_total{operation="Op0",type="query"} 2`,
		`eventgraph_graphql_requests_total{operation="other",type="query"} 51`,
		`eventgraph_graphql_requests_total{operation="anonymous",type="query"} 1`,
		`eventgraph_graphql_requests_total{operation="none",type="none"} 1`,
		`eventgraph_graphql_errors_total{code="OTHER"} 2`,
		`eventgraph_graphql_errors_total{code="NONE"} 1`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
