// Package server assembles eventgraph's HTTP surface: GraphQL at /query,
// the playground at /playground, the explorer at /, and the health checks
// /healthz (the process is up) and /readyz (Neo4j answers). It only wires;
// resolvers are in graph, pages in web, queries in store.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/ravilushqa/otelgqlgen"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/telemetry"
	"github.com/eventgraph/eventgraph/web"
)

// Options tune the server.
type Options struct {
	Logger *slog.Logger
	// Limits bound each request (size, shape, cost, time, rate); zero
	// fields take DefaultLimits.
	Limits Limits
	// Introspection can be turned off in production.
	DisableIntrospection bool
	// Ingester serves ingestArticle, with the extractor cmd/eventgraph
	// chose; nil: this server takes no articles (ingestArticle answers
	// FORBIDDEN), nothing here picks an extractor of its own.
	Ingester *loaders.Ingester
	// DisableDirectPages leaves every operation to gqlgen's executor, event
	// pages included (see graph.DirectPages); for comparing the two.
	DisableDirectPages bool
	// OnDirectPage, when set, is called for each operation answered by
	// graph.DirectPages.
	OnDirectPage func()
	// Access says who may reach the server and what they may do; the zero
	// value serves loopback names only, reads to anyone, writes to no one.
	Access Access
	// Metrics, when set, count requests, operations and errors. The
	// caller serves them (Metrics.Handler) where it chooses, and has the
	// store and the ingester report to them.
	Metrics *telemetry.Metrics
	// Tracing, when set, makes a span of each request, of its GraphQL
	// operation and of each resolver below it (the Neo4j spans come from
	// the store: install Tracing there too). Nil: no tracing, at no cost.
	Tracing *telemetry.Tracing
	// Live fans the change log out to this server's subscriptions; nil
	// means a hub with the default limits (live.Options) that reports to
	// Metrics. A hub given here reports to its own live.Options.Observer.
	Live *live.Hub
	// AuthorizeConnection, when set, checks the credentials a WebSocket
	// client sends in connection_init's payload ({"Authorization": "…"},
	// "" if none) and returns the context its subscriptions run in, or an
	// error that refuses the connection. This is where the HTTP
	// requests' access check applies to subscriptions.
	AuthorizeConnection func(ctx context.Context, authorization string) (context.Context, error)
}

// New returns the server's handler.
func New(s *store.Store, opt Options) http.Handler {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	opt.Limits = opt.Limits.withDefaults()
	mux := http.NewServeMux()
	mux.Handle("/query", withServerTiming(withDeadline(opt.Limits, withBookmarks(batch.Middleware(s, GraphQLHandler(s, opt))))))
	mux.Handle("/playground/", http.StripPrefix("/playground", web.PlaygroundHandler()))
	mux.Handle("/playground", http.RedirectHandler("/playground/", http.StatusMovedPermanently))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if err := s.Ping(r.Context()); err != nil {
			opt.Logger.Warn("not ready", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write([]byte("neo4j unavailable\n"))
			return
		}
		w.Write([]byte("ready\n"))
	})
	mux.Handle("/", web.ExplorerHandler())
	h := observeRequests(opt.Logger, opt.Metrics, mux, withAccess(opt.Access, opt.Logger, mux))
	if opt.Tracing != nil {
		h = otelhttp.NewHandler(h, "eventgraph", otelhttp.WithTracerProvider(opt.Tracing.Provider),
			otelhttp.WithFilter(func(r *http.Request) bool { return r.URL.Path != "/healthz" && r.URL.Path != "/readyz" }),
			otelhttp.WithSpanNameFormatter(func(_ string, r *http.Request) string { return r.Method + " " + r.URL.Path }))
	}
	return h
}

// GraphQLHandler is the gqlgen executor with its transports, limits and
// error presenter. GET and POST go through graphQLOverHTTP (the
// GraphQL-over-HTTP spec's status codes and media types); OPTIONS through
// gqlgen's own transport; WebSocket upgrades (subscriptions) through
// gqlgen's graphql-transport-ws transport (subscriptionTransport), once
// their Origin passed the HTTP requests' CORS allow-list
// (checkWebsocketOrigin).
//
// The limits apply in this order, all before anything runs: registered
// documents by hash (persistedQueries), APQ, the document's shape
// (documentGuard, before gqlparser's validation), validation, the price
// (costLimit), the client's budget (rateLimit). Every operation passes
// them, those the direct page writer answers too.
func GraphQLHandler(s *store.Store, opt Options) http.Handler {
	ing := opt.Ingester
	lim := opt.Limits.withDefaults()
	hub := opt.Live
	if hub == nil {
		lo := live.Options{Logger: opt.Logger}
		if opt.Metrics != nil { // not a nil *Metrics in the interface
			lo.Observer = opt.Metrics
		}
		hub = live.New(s, lo)
	}
	es := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: s, Ingester: ing, Live: hub,
		PresentError: presentError(opt.Logger)}, Directives: graph.Directives})
	h := handler.New(es)
	// First: it sees every operation, before the direct page writer
	// answers some of them.
	h.Use(operationObserver{})
	if opt.Tracing != nil {
		// Spans for the operation and for each resolver (fields read from
		// a struct are not worth one); variables stay out of them.
		h.Use(otelgqlgen.Middleware(otelgqlgen.WithTracerProvider(opt.Tracing.Provider), otelgqlgen.WithoutVariables(),
			otelgqlgen.WithCreateSpanFromFields(func(fc *graphql.FieldContext) bool { return fc.IsResolver })))
	}
	h.AddTransport(transport.Options{})
	h.AddTransport(subscriptionTransport(opt))
	h.AddTransport(graphQLOverHTTP{limits: lim})
	cache := lru.New[*ast.QueryDocument](1000)
	h.SetQueryCache(cache)
	h.SetParserTokenLimit(lim.MaxTokens)
	// First of the checks after validation: nobody learns what a query
	// would cost before being allowed to ask it.
	h.Use(graph.AccessCheck{})
	if !opt.DisableIntrospection {
		h.Use(extension.Introspection{})
	}
	if lim.PersistedOnly || lim.PersistedQueries != nil {
		pq := lim.PersistedQueries
		if pq == nil {
			pq = NewPersistedQueries()
		}
		h.Use(persistedQueries{pq: pq, only: lim.PersistedOnly})
	}
	h.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	h.Use(documentGuard{lim: lim, cache: cache})
	h.Use(costLimit{model: graph.NewCostModel(es.Schema()), max: lim.MaxCost})
	if lim.RateCostPerSecond > 0 {
		h.Use(newRateLimit(lim.RateCostPerSecond, lim.RateBurst))
	}
	if !opt.DisableDirectPages {
		direct := graph.NewDirectPages(es, opt.OnDirectPage)
		if opt.Tracing != nil {
			direct.Traced(directSpans(opt.Tracing.Provider))
		}
		h.Use(direct)
	}
	h.AroundResponses(freshLoadersPerUpdate(s))
	h.SetErrorPresenter(presentError(opt.Logger))
	h.SetRecoverFunc(recoverResolver(opt.Logger))
	return checkWebsocketOrigin(opt.Access.CORSOrigins, h)
}

// recoverResolver logs a recovered panic with its stack, the request's id
// and the field's path, and answers INTERNAL. gqlgen calls it from its
// deferred recover, so the stack still holds the frames that panicked: a
// panic value alone ("invalid memory address") does not say where.
func recoverResolver(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.Error("resolver panic", "panic", v, "id", requestIDOf(ctx), "op", operationName(ctx), "path", fieldPath(ctx), "stack", string(debug.Stack()))
		return errInternal
	}
}

// fieldPath is the path of the field being resolved, when there is one.
func fieldPath(ctx context.Context) string {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return fc.Path().String()
	}
	return ""
}

func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	return graphql.GetOperationContext(ctx).OperationName
}
