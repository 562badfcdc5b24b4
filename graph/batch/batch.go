// Package batch holds the request-scoped loaders that batch nested GraphQL
// fields: every participants, sources, place or actor field resolved while
// one request runs is collected for a moment and answered by one store
// query. (In this project "loaders" means article ingestion — see
// loaders/ — so the dataloaders live here under another name.)
//
// Root resolvers call the store directly; nested field resolvers go through
// these loaders. A page of fifty events with participants and sources costs
// one round trip per field, not one per event; a list of twenty actors
// each asking for its timeline or counterparts costs one per field and set
// of arguments, not one per actor.
package batch

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/internal/ctxvalue"
	"github.com/eventgraph/eventgraph/store"
)

// Loaders is one request's set of batch loaders.
type Loaders struct {
	Actor        *dataloadgen.Loader[string, domain.Actor]
	Involvements *dataloadgen.Loader[string, []store.Involved]
	Sources      *dataloadgen.Loader[string, []domain.Source]
	Place        *dataloadgen.Loader[string, domain.Place]
	Article      *dataloadgen.Loader[string, domain.Article]
	Roles        *dataloadgen.Loader[string, []domain.Role]
	// Merging answers the merge going on into an actor (nil: none).
	Merging *dataloadgen.Loader[string, *store.MergeProgress]
	// RolesAsOf answers the roles of actors read as of a moment.
	RolesAsOf *dataloadgen.Loader[RolesAt, []domain.Role]

	// ActorEvents and Counterparts answer fields of actors that take
	// arguments; their keys carry the arguments, and a batch runs one store
	// query per distinct set of them.
	ActorEvents  *dataloadgen.Loader[ActorEvents, store.EventPage]
	Counterparts *dataloadgen.Loader[Counterparts, []store.Counterpart]
	// ActorHistory and EventHistory answer the history connections of a
	// list's actors or events, one store query per distinct page.
	ActorHistory *dataloadgen.Loader[History, store.RevisionPage]
	EventHistory *dataloadgen.Loader[History, store.RevisionPage]

	memo sync.Map // see Memo
}

// wait is how long a loader collects keys before it queries: long enough
// for gqlgen to resolve a list's siblings, short against Neo4j's latency.
const wait = 500 * time.Microsecond

// argsWait is the wait of the loaders keyed by arguments (ActorEvents,
// Counterparts). Their siblings start as many goroutines as a list has
// actors times the fields each asks for, which on a busy machine takes
// longer to schedule than a list of events' one field; a round trip those
// loaders save costs milliseconds.
const argsWait = 2 * time.Millisecond

// New returns fresh loaders over s. Mapped loaders return results by key,
// so a missing key can never shift another key's answer.
func New(s *store.Store) *Loaders {
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(500)}
	argsOpts := []dataloadgen.Option{dataloadgen.WithWait(argsWait), dataloadgen.WithBatchCapacity(500)}
	return &Loaders{
		Actor:        dataloadgen.NewMappedLoader(s.ActorsByIDs, opts...),
		Involvements: dataloadgen.NewMappedLoader(orEmpty(s.InvolvementsOf), opts...),
		Sources:      dataloadgen.NewMappedLoader(orEmpty(s.SourcesOf), opts...),
		Place:        dataloadgen.NewMappedLoader(orEmpty(s.PlacesOf), opts...),
		Article:      dataloadgen.NewMappedLoader(s.ArticlesByIDs, opts...),
		Roles:        dataloadgen.NewMappedLoader(orEmpty(s.RolesOf), opts...),
		Merging:      dataloadgen.NewMappedLoader(orEmpty(s.MergesInto), opts...),
		RolesAsOf:    dataloadgen.NewMappedLoader(fetchRolesAsOf(s), opts...),
		ActorEvents:  dataloadgen.NewMappedLoader(fetchActorEvents(s), argsOpts...),
		Counterparts: dataloadgen.NewMappedLoader(fetchCounterparts(s), argsOpts...),
		ActorHistory: dataloadgen.NewMappedLoader(fetchHistories(s.ActorHistories), argsOpts...),
		EventHistory: dataloadgen.NewMappedLoader(fetchHistories(s.EventHistories), argsOpts...),
	}
}

// orEmpty makes a key the store has no rows for answer the zero value (no
// sources, no place) instead of dataloadgen's not-found error: for these
// fields, none is an answer.
func orEmpty[V any](fetch func(context.Context, []string) (map[string]V, error)) func(context.Context, []string) (map[string]V, error) {
	return func(ctx context.Context, keys []string) (map[string]V, error) {
		m, err := fetch(ctx, keys)
		if err != nil {
			return nil, err
		}
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				var zero V
				m[k] = zero
			}
		}
		return m, nil
	}
}

var ctxKey = ctxvalue.New[*Loaders]("loaders")

// Middleware puts fresh loaders on every request's context.
func Middleware(s *store.Store, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(WithLoaders(r.Context(), New(s))))
	})
}

// WithLoaders returns ctx carrying l.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return ctxKey.With(ctx, l)
}

// For returns the loaders on ctx. It panics if the middleware is missing,
// which is a wiring bug, not a runtime condition.
func For(ctx context.Context) *Loaders {
	l, ok := ctxKey.From(ctx)
	if !ok {
		panic("batch: no loaders on the context; wrap the handler with batch.Middleware")
	}
	return l
}
