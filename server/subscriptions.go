package server

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/auth"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/store"
)

// subscriptionTransport is gqlgen's WebSocket transport (graphql-transport-ws,
// and the older graphql-ws for old clients) over github.com/coder/websocket.
// A client must send connection_init within 10 s; the server pings every
// 20 s and drops a connection that has not answered within two intervals,
// so a client that stopped reading cannot hold a write (and its goroutine)
// forever.
//
// Its own origin check is off: checkWebsocketOrigin has applied the CORS
// allow-list before an upgrade reaches it (the library's would refuse
// every origin but the server's own, those on the list included).
func subscriptionTransport(opt Options) transport.Websocket {
	return transport.Websocket{
		Implementation: transport.CoderWebsocketImplementation{
			AcceptOptions: websocket.AcceptOptions{InsecureSkipVerify: true},
		},
		InitTimeout:      10 * time.Second,
		PingPongInterval: 20 * time.Second,
		InitFunc: func(ctx context.Context, payload transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			ctx = live.WithConnection(ctx)
			if authorize := connectionCheck(opt); authorize != nil {
				var err error
				if ctx, err = authorize(ctx, payload.Authorization()); err != nil {
					return ctx, nil, err
				}
			}
			return ctx, nil, nil
		},
	}
}

// checkWebsocketOrigin refuses, with 403 FORBIDDEN, a WebSocket upgrade
// from a page whose origin is neither the server's own nor on the CORS
// allow-list (Access.CORSOrigins), the list HTTP requests are held to: a
// browser sends no preflight for a WebSocket and lets any page open one
// and read what comes back, so without this check any site a user visits
// could read a server only the user's machine or network reaches. A
// client that sends no Origin is not a browser and passes; its
// credentials are checked as anyone's. Every other request goes to next
// as it is.
func checkWebsocketOrigin(corsOrigins []string, next http.Handler) http.Handler {
	allowed, _ := originSet(corsOrigins) // an entry in error is logged by withAccess
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			if err := allowed.check(r); err != nil {
				refuse(w, r, http.StatusForbidden, err)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// freshLoadersPerUpdate gives each update of a subscription its own batch
// loaders. The loaders on the context are the upgrade request's, made when
// the connection opened; they cache what they load, so an event's sources
// or an actor's name read for one update would be served, stale, to every
// later one. Queries and mutations keep their request's loaders.
func freshLoadersPerUpdate(s *store.Store) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		if !graphql.HasOperationContext(ctx) {
			return next(ctx)
		}
		if op := graphql.GetOperationContext(ctx); op.Operation != nil && op.Operation.Operation == ast.Subscription {
			ctx = batch.WithLoaders(ctx, batch.New(s))
		}
		return next(ctx)
	}
}

// connectionCheck is how a WebSocket connection's credentials are read:
// Options.AuthorizeConnection, else the HTTP requests' authenticator
// applied to connection_init's Authorization entry (browsers cannot set
// headers on a WebSocket), the identity it finds replacing the upgrade
// request's for every subscription of the connection; the fields' roles
// (@requires) are then checked as for any operation. Without an
// authenticator the upgrade request's identity stands.
func connectionCheck(opt Options) func(context.Context, string) (context.Context, error) {
	if opt.AuthorizeConnection != nil {
		return opt.AuthorizeConnection
	}
	authn := opt.Access.Authenticator
	if authn == nil {
		return nil
	}
	return func(ctx context.Context, authorization string) (context.Context, error) {
		id, err := authn.Authenticate(authorization)
		if err != nil {
			return ctx, err
		}
		return auth.WithIdentity(ctx, id), nil
	}
}
