package server

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/eventgraph/eventgraph/telemetry"
)

// BenchmarkRequestObservation is what the request id, the log line at
// info, the metrics and the bookmarks add to each /query request, without
// the request's own work: the middleware's cost alone.
func BenchmarkRequestObservation(b *testing.B) {
	for _, bc := range []struct {
		name    string
		metrics *telemetry.Metrics
	}{{"log", nil}, {"log+metrics", telemetry.NewMetrics()}} {
		b.Run(bc.name, func(b *testing.B) {
			log := slog.New(slog.NewTextHandler(io.Discard, nil))
			mux := http.NewServeMux()
			mux.Handle("/query", withBookmarks(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				info := requestInfoOf(r.Context())
				info.op, info.opType = "Timeline", "query"
				w.WriteHeader(http.StatusOK)
			})))
			h := observeRequests(log, bc.metrics, mux, mux)
			req := httptest.NewRequest(http.MethodPost, "/query", nil)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				h.ServeHTTP(discardWriter{http.Header{}}, req)
			}
		})
	}
}

type discardWriter struct{ h http.Header }

func (d discardWriter) Header() http.Header         { return d.h }
func (d discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (d discardWriter) WriteHeader(int)             {}
