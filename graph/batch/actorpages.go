package batch

import (
	"context"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/store"
)

// EventsQuery is what an actor's event connection (Actor.timeline,
// statements, meetings, interactions, policyShifts) was asked for, apart
// from the actor: comparable, so that sibling actors asking the same thing
// share one store query and actors asking different things do not.
type EventsQuery struct {
	Types    string    // event types, sorted and joined by ","; "" for all
	From, To time.Time // sort-key bounds in UTC; the zero time for none
	First    int
	After    string // the cursor's sort key; "" for the first page
	Desc     bool
	With     store.Details
}

// NewEventsQuery builds the query for a filter (its types and dates; its
// actors are the keys') and a page. Times are normalised to UTC without a
// monotonic reading, so equal instants make equal keys.
func NewEventsQuery(f store.TimelineFilter, p store.TimelinePage) EventsQuery {
	types := make([]string, len(f.Types))
	for i, t := range f.Types {
		types[i] = string(t)
	}
	slices.Sort(types)
	q := EventsQuery{Types: strings.Join(slices.Compact(types), ","), First: p.First, After: p.After, Desc: p.Desc, With: p.With}
	if f.From != nil {
		q.From = f.From.UTC().Round(0)
	}
	if f.To != nil {
		q.To = f.To.UTC().Round(0)
	}
	return q
}

// filter and page turn the query back into the store's arguments.
func (q EventsQuery) filter() store.TimelineFilter {
	var f store.TimelineFilter
	if q.Types != "" {
		for _, t := range strings.Split(q.Types, ",") {
			f.Types = append(f.Types, domain.EventType(t))
		}
	}
	if !q.From.IsZero() {
		from := q.From
		f.From = &from
	}
	if !q.To.IsZero() {
		to := q.To
		f.To = &to
	}
	return f
}

func (q EventsQuery) page() store.TimelinePage {
	return store.TimelinePage{First: q.First, After: q.After, Desc: q.Desc, With: q.With}
}

// ActorEvents keys the ActorEvents loader: one actor's page of events.
type ActorEvents struct {
	Actor string
	Query EventsQuery
}

// Counterparts keys the Counterparts loader: one actor's first counterparts.
type Counterparts struct {
	Actor string
	First int
}

// byArgs answers a batch of keys that pair an actor with a field's
// arguments: one store call per distinct set of arguments, each for all
// the actors asking with it, run side by side.
func byArgs[K, A comparable, V any](keyOf func(actor string, args A) K, split func(K) (string, A),
	fetch func(context.Context, []string, A) (map[string]V, error)) func(context.Context, []K) (map[K]V, error) {
	return func(ctx context.Context, keys []K) (map[K]V, error) {
		actors := map[A][]string{}
		for _, k := range keys {
			actor, args := split(k)
			actors[args] = append(actors[args], actor)
		}
		out := make(map[K]V, len(keys))
		var mu sync.Mutex
		g, gctx := errgroup.WithContext(ctx)
		for args, ids := range actors {
			g.Go(func() error {
				found, err := fetch(gctx, ids, args)
				if err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				for id, v := range found {
					out[keyOf(id, args)] = v
				}
				return nil
			})
		}
		return out, g.Wait()
	}
}

// fetchActorEvents answers ActorEvents keys: one Timelines query per
// distinct EventsQuery.
func fetchActorEvents(s *store.Store) func(context.Context, []ActorEvents) (map[ActorEvents]store.EventPage, error) {
	return byArgs(func(actor string, q EventsQuery) ActorEvents { return ActorEvents{Actor: actor, Query: q} },
		func(k ActorEvents) (string, EventsQuery) { return k.Actor, k.Query },
		func(ctx context.Context, actors []string, q EventsQuery) (map[string]store.EventPage, error) {
			return s.Timelines(ctx, actors, q.filter(), q.page())
		})
}

// fetchCounterparts answers Counterparts keys: one CounterpartsOf query
// per distinct first.
func fetchCounterparts(s *store.Store) func(context.Context, []Counterparts) (map[Counterparts][]store.Counterpart, error) {
	return byArgs(func(actor string, first int) Counterparts { return Counterparts{Actor: actor, First: first} },
		func(k Counterparts) (string, int) { return k.Actor, k.First },
		s.CounterpartsOf)
}

// History keys the ActorHistory and EventHistory loaders: one actor's or
// event's page of revisions.
type History struct {
	ID    string
	Query HistoryQuery
}

// HistoryQuery is a history page's arguments.
type HistoryQuery struct {
	First int
	After string    // the cursor's revision key; "" for the first page
	Until time.Time // the moment an actor was read as of: revisions made by then; zero for all
}

// fetchHistories answers History keys with fetch: one store query per
// distinct page.
func fetchHistories(fetch func(context.Context, []string, int, string, time.Time) (map[string]store.RevisionPage, error)) func(context.Context, []History) (map[History]store.RevisionPage, error) {
	return byArgs(func(id string, q HistoryQuery) History { return History{ID: id, Query: q} },
		func(k History) (string, HistoryQuery) { return k.ID, k.Query },
		func(ctx context.Context, ids []string, q HistoryQuery) (map[string]store.RevisionPage, error) {
			return fetch(ctx, ids, q.First, q.After, q.Until)
		})
}

// RolesAt keys the RolesAsOf loader: the offices of an actor read as of a
// moment.
type RolesAt struct {
	Actor string
	At    time.Time
}

// fetchRolesAsOf answers RolesAt keys: one store query per moment, every
// actor answered (no offices is an answer).
func fetchRolesAsOf(s *store.Store) func(context.Context, []RolesAt) (map[RolesAt][]domain.Role, error) {
	return byArgs(func(actor string, at time.Time) RolesAt { return RolesAt{Actor: actor, At: at} },
		func(k RolesAt) (string, time.Time) { return k.Actor, k.At },
		func(ctx context.Context, ids []string, at time.Time) (map[string][]domain.Role, error) {
			return orEmpty(func(ctx context.Context, ids []string) (map[string][]domain.Role, error) {
				return s.RolesAsOf(ctx, ids, at)
			})(ctx, ids)
		})
}
