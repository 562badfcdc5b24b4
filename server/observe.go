package server

import (
	"bufio"
	"context"
	"encoding/hex"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"go.opentelemetry.io/otel/trace"

	"github.com/eventgraph/eventgraph/internal/ctxvalue"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/telemetry"
)

// requestIDHeader carries a request's id: taken from the client (or a
// proxy in front) when it sends one, made up otherwise, and sent back.
const requestIDHeader = "X-Request-Id"

// requestInfo is what the layers of one request learn about it for its
// log line and its metrics: the GraphQL extension fills in the operation,
// its price and the codes of the errors answered.
type requestInfo struct {
	id     string
	op     string // the operation's name; "" if anonymous
	opType string // query, mutation, subscription; "" before one was chosen
	cost   int
	codes  []string
	// bookmarks, on /query, gather the request's writes' bookmarks for
	// the response's bookmark header.
	bookmarks *store.Bookmarks
}

var requestInfoKey = ctxvalue.New[*requestInfo]("request info")

func requestInfoOf(ctx context.Context) *requestInfo {
	info, _ := requestInfoKey.From(ctx)
	return info
}

// requestIDOf returns the id of the request running under ctx, "" outside one.
func requestIDOf(ctx context.Context) string {
	if info := requestInfoOf(ctx); info != nil {
		return info.id
	}
	return ""
}

// observeRequests gives each request an id, and when it is answered logs
// it (at info; health checks at debug, as load balancers ask every few
// seconds) and counts it in m (when not nil) under the route mux serves it
// by (asked of mux: next may refuse a request before mux sees it).
func observeRequests(log *slog.Logger, m *telemetry.Metrics, mux *http.ServeMux, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{id: requestID(r.Header.Get(requestIDHeader))}
		w.Header().Set(requestIDHeader, info.id)
		rec := &recorder{ResponseWriter: w, info: info}
		r = r.WithContext(requestInfoKey.With(r.Context(), info))
		next.ServeHTTP(rec, r)
		took := time.Since(start)
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		_, route := mux.Handler(r)
		if m != nil {
			m.HTTPRequest(route, status)
			if route == "/query" {
				m.GraphQLRequest(info.op, info.opType, took, info.codes, info.cost)
			}
		}
		level := slog.LevelInfo
		if route == "/healthz" || route == "/readyz" {
			level = slog.LevelDebug
		}
		ctx := r.Context()
		if !log.Enabled(ctx, level) {
			return
		}
		attrs := append(make([]slog.Attr, 0, 10), slog.String("id", info.id), slog.String("method", r.Method),
			slog.String("path", r.URL.Path), slog.Int("status", status), slog.Duration("took", took))
		if info.opType != "" {
			attrs = append(attrs, slog.String("op", clip(info.op, 100)), slog.String("type", info.opType))
		}
		if info.cost > 0 {
			attrs = append(attrs, slog.Int("cost", info.cost))
		}
		if len(info.codes) > 0 {
			attrs = append(attrs, slog.String("errors", strings.Join(info.codes, ",")))
		}
		if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
			attrs = append(attrs, slog.String("trace", sc.TraceID().String()))
		}
		log.LogAttrs(ctx, level, "request", attrs...)
	})
}

// requestID returns the client's id when it is a sensible one (what
// proxies and tracing tools send: up to 128 letters, digits and . _ : -),
// or a new random one.
func requestID(theirs string) string {
	if theirs != "" && len(theirs) <= 128 && strings.Trim(theirs, idChars) == "" {
		return theirs
	}
	var b [12]byte
	for i := 0; i < len(b); i += 4 {
		v := rand.Uint32()
		b[i], b[i+1], b[i+2], b[i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	return hex.EncodeToString(b[:])
}

const idChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-"

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// recorder notes the status a handler answers with and, on /query, adds
// the bookmark header when the request wrote (it must go before the head).
type recorder struct {
	http.ResponseWriter
	info   *requestInfo
	status int
}

func (rec *recorder) WriteHeader(status int) {
	if rec.status == 0 {
		rec.status = status
		if b := rec.info.bookmarks; b != nil && b.Wrote() {
			setBookmarks(rec.Header(), b)
		}
	}
	rec.ResponseWriter.WriteHeader(status)
}

func (rec *recorder) Write(p []byte) (int, error) {
	if rec.status == 0 {
		rec.WriteHeader(http.StatusOK)
	}
	return rec.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (rec *recorder) Unwrap() http.ResponseWriter { return rec.ResponseWriter }

// Hijack hands the connection over (a WebSocket upgrade), for callers
// that ask the writer itself rather than through http.ResponseController.
func (rec *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	if rec.status == 0 {
		rec.status = http.StatusSwitchingProtocols
	}
	return http.NewResponseController(rec.ResponseWriter).Hijack()
}

// operationObserver is the gqlgen extension that tells the request's
// requestInfo which operation ran, its price and the codes of the errors
// it answered. It is installed first, so it sees every operation, those
// the direct page writer answers too, and every response gqlgen makes,
// request errors included.
type operationObserver struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = operationObserver{}

func (operationObserver) ExtensionName() string                   { return "OperationObserver" }
func (operationObserver) Validate(graphql.ExecutableSchema) error { return nil }

func (operationObserver) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if info := requestInfoOf(ctx); info != nil {
		op := graphql.GetOperationContext(ctx)
		if op.Operation != nil {
			info.op, info.opType = op.Operation.Name, string(op.Operation.Operation)
		}
		info.cost = costOf(op)
	}
	return next(ctx)
}

func (operationObserver) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if info := requestInfoOf(ctx); info != nil && resp != nil {
		for _, e := range resp.Errors {
			code, _ := e.Extensions["code"].(string)
			info.codes = append(info.codes, code)
		}
	}
	return resp
}

// costOf is the operation's price as the cost limit counted it (an int
// under "cost"), or else as gqlgen's complexity limit did; 0 if it was not
// priced.
func costOf(op *graphql.OperationContext) int {
	if n, ok := op.Stats.GetExtension("cost").(int); ok {
		return n
	}
	if st, ok := op.Stats.GetExtension("ComplexityLimit").(*extension.ComplexityStats); ok {
		return st.Complexity
	}
	return 0
}
