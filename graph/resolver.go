// Package graph is the GraphQL adapter: the generated executable schema and
// thin resolvers that turn arguments into store calls and store results into
// schema types. Root fields call the store directly; nested fields go through
// the request-scoped batch loaders in graph/batch. No Cypher lives here, and
// no business rules: arguments are checked beside the resolvers that take
// them (connection.go: page sizes and cursors; queries.go and analysis.go:
// filters and the analyst queries' bounds; ingest.go, mutations.go and
// curation.go: inputs), facts by domain.
package graph

//go:generate go run github.com/99designs/gqlgen generate

import (
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/eventgraph/eventgraph/live"
	"github.com/eventgraph/eventgraph/loaders"
	"github.com/eventgraph/eventgraph/store"
)

// Resolver holds the resolvers' dependencies.
type Resolver struct {
	Store    *store.Store
	Ingester *loaders.Ingester // ingestArticle; nil: this server takes no articles
	Live     *live.Hub         // timelineUpdated
	// PresentError turns the error that ends a subscription midway into
	// what the client sees (the server's error presenter); gqlgen's
	// default when nil.
	PresentError graphql.ErrorPresenterFunc
	// MergeWait is how long mergeActors waits for a merge before it
	// answers with how far it has come, the merge going on in the
	// background (at most the request's deadline less a margin); 0:
	// defaultMergeWait.
	MergeWait time.Duration
}
