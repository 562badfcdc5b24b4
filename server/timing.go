package server

import (
	"net/http"
	"strconv"
	"time"
)

// withServerTiming reports, in a Server-Timing header, how long the server
// took from reading a request's head to writing its response's head. A
// GraphQL answer is written whole once it is ready, so for /query that is
// the server's own time for the request: without the network and the
// client. Browsers' developer tools show it beside the request; the
// benchmark reads it to compare the server's time with the bare driver's
// (bench/README.md).
func withServerTiming(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&timedWriter{ResponseWriter: w, start: time.Now()}, r)
	})
}

// timedWriter adds the Server-Timing header when the head is written.
type timedWriter struct {
	http.ResponseWriter
	start time.Time
	wrote bool
}

func (t *timedWriter) WriteHeader(status int) {
	if !t.wrote {
		t.wrote = true
		ms := float64(time.Since(t.start).Microseconds()) / 1000
		t.Header().Set("Server-Timing", "total;dur="+strconv.FormatFloat(ms, 'f', 3, 64))
	}
	t.ResponseWriter.WriteHeader(status)
}

func (t *timedWriter) Write(b []byte) (int, error) {
	if !t.wrote {
		t.WriteHeader(http.StatusOK)
	}
	return t.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer
// (flushing, deadlines).
func (t *timedWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }
