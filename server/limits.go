package server

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/ctxvalue"
)

// Limits bound what one request may make the server do. Every request to
// /query is priced and checked before it runs (see documentGuard, costLimit
// and rateLimit); the zero value of a field means its default
// (DefaultLimits), so Options{} serves with safe limits.
type Limits struct {
	// MaxCost bounds an operation's price (graph.CostModel: objects the
	// answer may hold, lists multiplied by `first`).
	MaxCost int
	// MaxDepth bounds how deep fields nest (introspection fields aside:
	// gqlparser bounds those).
	MaxDepth int
	// MaxAliases bounds the aliased fields of a document.
	MaxAliases int
	// MaxTokens bounds a document's size in lexical tokens (string
	// literals count one each, so an article in ingestArticle is cheap).
	MaxTokens int
	// MaxFields bounds a document's field selections with every fragment
	// spread expanded: what validation walks.
	MaxFields int
	// MaxRepeats bounds how often one response name is selected at one
	// place of the answer (after fragments are merged): validation
	// compares those pairwise.
	MaxRepeats int
	// MaxBodyBytes bounds a POST body.
	MaxBodyBytes int64
	// BodyTimeout bounds how long a POST body may take to arrive.
	BodyTimeout time.Duration
	// RequestTimeout is each operation's deadline, carried into its Neo4j
	// transactions.
	RequestTimeout time.Duration
	// RateCostPerSecond, when above 0, is each client's budget of cost per
	// second, with bursts of up to RateBurst (at least MaxCost). Clients are
	// told apart by ClientKey.
	RateCostPerSecond float64
	RateBurst         int
	// PersistedOnly refuses documents not in PersistedQueries.
	PersistedOnly bool
	// PersistedQueries are documents registered in advance (see
	// LoadPersistedQueries), served by their SHA-256 hash.
	PersistedQueries *PersistedQueries
}

// DefaultLimits are the limits of a server configured with none: loose
// enough for the playground, the explorer and any page of up to 100
// events, tight enough that no single request can hold the server.
func DefaultLimits() Limits {
	return Limits{
		MaxCost:        50000,
		MaxDepth:       15,
		MaxAliases:     50,
		MaxTokens:      15000,
		MaxFields:      5000,
		MaxRepeats:     20,
		MaxBodyBytes:   8 << 20,
		BodyTimeout:    10 * time.Second,
		RequestTimeout: 30 * time.Second,
	}
}

// withDefaults fills the fields left 0 from DefaultLimits.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	setDefault(&l.MaxCost, d.MaxCost)
	setDefault(&l.MaxDepth, d.MaxDepth)
	setDefault(&l.MaxAliases, d.MaxAliases)
	setDefault(&l.MaxTokens, d.MaxTokens)
	setDefault(&l.MaxFields, d.MaxFields)
	setDefault(&l.MaxRepeats, d.MaxRepeats)
	setDefault(&l.MaxBodyBytes, d.MaxBodyBytes)
	setDefault(&l.BodyTimeout, d.BodyTimeout)
	setDefault(&l.RequestTimeout, d.RequestTimeout)
	l.RateBurst = max(l.RateBurst, l.MaxCost)
	return l
}

func setDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// NewHTTPServer is the http.Server for handler (from New): headers must
// arrive within 10 s, idle connections close after 2 minutes, headers are
// at most 64 KiB. Bodies and operations are bounded per request by the
// handler (Limits.BodyTimeout, RequestTimeout), so that slow clients
// cannot hold /query while other routes keep their own pace.
func NewHTTPServer(handler http.Handler) *http.Server {
	return &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// withDeadline gives each /query request its deadline and remembers who
// sent it (for rate limits). The context is the request's, so an operation
// stops when its client goes away: net/http cancels it when the connection
// closes, and every store call gives up on it.
func withDeadline(lim Limits, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			// A WebSocket lives as long as its client wants; each of its
			// operations is bounded where it runs.
			next.ServeHTTP(w, r.WithContext(clientKeyContext.With(r.Context(), ClientKey(r))))
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), lim.RequestTimeout)
		defer cancel()
		// The answer has as long as the operation had, and some more to be
		// written to a slow reader.
		http.NewResponseController(w).SetWriteDeadline(time.Now().Add(lim.BodyTimeout + lim.RequestTimeout))
		ctx = clientKeyContext.With(ctx, ClientKey(r))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

var clientKeyContext = ctxvalue.New[string]("client key")

// ClientKey tells clients apart for rate limits: a hash of the
// Authorization header when there is one (each key or token its own
// budget), the remote IP address otherwise.
func ClientKey(r *http.Request) string {
	if auth := r.Header.Get("Authorization"); auth != "" {
		sum := sha256.Sum256([]byte(auth))
		return "auth:" + hex.EncodeToString(sum[:8])
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "ip:" + host
}

func clientKeyFrom(ctx context.Context) string {
	k, _ := clientKeyContext.From(ctx)
	return k
}

// readBody reads a POST body of at most lim.MaxBodyBytes within
// lim.BodyTimeout; the status says which rule a failure broke.
func readBody(w http.ResponseWriter, r *http.Request, lim Limits) ([]byte, int, error) {
	rc := http.NewResponseController(w)
	rc.SetReadDeadline(time.Now().Add(lim.BodyTimeout))
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, lim.MaxBodyBytes))
	if err == nil {
		// Once the body is in, the deadline goes: net/http keeps reading
		// the connection to notice a client that leaves, and a deadline
		// passing there would cancel the operation.
		rc.SetReadDeadline(time.Time{})
	} else {
		// Not the rest of a body that failed: net/http would wait for it
		// before answering, to keep the connection.
		closeUnreadBody(w, r)
	}
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return nil, http.StatusRequestEntityTooLarge, bodyTooLarge(lim)
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, http.StatusRequestTimeout, domain.Errorf(domain.ETimeout, "body", "did not arrive within %s", lim.BodyTimeout)
	case err != nil:
		return nil, http.StatusBadRequest, domain.Invalid("body", "cannot be read")
	}
	return body, 0, nil
}

func bodyTooLarge(lim Limits) error {
	return domain.Invalid("body", "is larger than %d bytes", lim.MaxBodyBytes)
}

// tooComplex is the error of a document over one of the limits; limit
// names it, so a client can tell which.
func tooComplex(limit string, got, maxAllowed int, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": string(domain.ETooComplex), "limit": limit, "max": maxAllowed}
	if got > 0 {
		err.Extensions["got"] = got
	}
	return err
}
