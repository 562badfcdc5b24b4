// Package server assembles eventgraph's HTTP surface: GraphQL at /query,
// the playground at /playground, the explorer at /, and the health checks
// /healthz (the process is up) and /readyz (Neo4j answers). It only wires;
// resolvers are in graph, pages in web, queries in store.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/loaders/extract/rules"
	"github.com/eventgraph/eventgraph/store"
	"github.com/eventgraph/eventgraph/web"
)

// Options tune the server.
type Options struct {
	Logger *slog.Logger
	// MaxComplexity bounds a query's cost (gqlgen's complexity: one per
	// field, times `first` on lists); 0 means the default.
	MaxComplexity int
	// Introspection can be turned off in production.
	DisableIntrospection bool
	// Ingester serves ingestArticle; nil means the rules extractor.
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
	// Live fans the change log out to this server's subscriptions; nil
	// means a hub with the default limits (live.Options).
	Live *live.Hub
	// WebsocketOrigins are the origins (host patterns, as
	// github.com/coder/websocket's AcceptOptions.OriginPatterns) besides
	// the server's own from which a browser may open a subscription
	// socket. Empty: same origin only.
	WebsocketOrigins []string
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
	mux := http.NewServeMux()
	mux.Handle("/query", withServerTiming(batch.Middleware(s, GraphQLHandler(s, opt))))
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
	return logRequests(opt.Logger, withAccess(opt.Access, opt.Logger, mux))
}

// GraphQLHandler is the gqlgen executor with its transports, limits and
// error presenter. GET and POST go through graphQLOverHTTP (the
// GraphQL-over-HTTP spec's status codes and media types); OPTIONS through
// gqlgen's own transport; WebSocket upgrades (subscriptions) through
// gqlgen's graphql-transport-ws transport (subscriptionTransport).
func GraphQLHandler(s *store.Store, opt Options) http.Handler {
	ing := opt.Ingester
	if ing == nil {
		ing = loaders.NewIngester(s, rules.New())
	}
	hub := opt.Live
	if hub == nil {
		hub = live.New(s, live.Options{Logger: opt.Logger})
	}
	es := graph.NewExecutableSchema(graph.Config{Resolvers: &graph.Resolver{Store: s, Ingester: ing, Live: hub,
		PresentError: presentError(opt.Logger)}, Directives: graph.Directives})
	h := handler.New(es)
	h.AddTransport(transport.Options{})
	h.AddTransport(subscriptionTransport(opt))
	h.AddTransport(graphQLOverHTTP{})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// First of the checks after validation: nobody learns what a query
	// would cost before being allowed to ask it.
	h.Use(graph.AccessCheck{})
	if !opt.DisableIntrospection {
		h.Use(extension.Introspection{})
	}
	h.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](100)})
	max := opt.MaxComplexity
	if max == 0 {
		max = 20000
	}
	h.Use(extension.FixedComplexityLimit(max))
	if !opt.DisableDirectPages {
		h.Use(graph.NewDirectPages(es, opt.OnDirectPage))
	}
	h.AroundResponses(freshLoadersPerUpdate(s))
	h.SetErrorPresenter(presentError(opt.Logger))
	h.SetRecoverFunc(func(ctx context.Context, v any) error {
		opt.Logger.Error("resolver panic", "panic", v, "op", operationName(ctx))
		return errInternal
	})
	return h
}

func operationName(ctx context.Context) string {
	if !graphql.HasOperationContext(ctx) {
		return ""
	}
	return graphql.GetOperationContext(ctx).OperationName
}

func logRequests(log *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Debug("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}
