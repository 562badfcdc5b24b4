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

// fetchActorEvents answers a batch of keys with one store query per
// distinct EventsQuery, run side by side.
func fetchActorEvents(s *store.Store) func(context.Context, []ActorEvents) (map[ActorEvents]store.EventPage, error) {
	return func(ctx context.Context, keys []ActorEvents) (map[ActorEvents]store.EventPage, error) {
		byQuery := map[EventsQuery][]string{}
		for _, k := range keys {
			byQuery[k.Query] = append(byQuery[k.Query], k.Actor)
		}
		out := make(map[ActorEvents]store.EventPage, len(keys))
		var mu sync.Mutex
		g, gctx := errgroup.WithContext(ctx)
		for q, actors := range byQuery {
			g.Go(func() error {
				pages, err := s.Timelines(gctx, actors, q.filter(), q.page())
				if err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				for id, p := range pages {
					out[ActorEvents{Actor: id, Query: q}] = p
				}
				return nil
			})
		}
		return out, g.Wait()
	}
}

// fetchCounterparts answers a batch of keys with one store query per
// distinct first, run side by side.
func fetchCounterparts(s *store.Store) func(context.Context, []Counterparts) (map[Counterparts][]store.Counterpart, error) {
	return func(ctx context.Context, keys []Counterparts) (map[Counterparts][]store.Counterpart, error) {
		byFirst := map[int][]string{}
		for _, k := range keys {
			byFirst[k.First] = append(byFirst[k.First], k.Actor)
		}
		out := make(map[Counterparts][]store.Counterpart, len(keys))
		var mu sync.Mutex
		g, gctx := errgroup.WithContext(ctx)
		for first, actors := range byFirst {
			g.Go(func() error {
				cps, err := s.CounterpartsOf(gctx, actors, first)
				if err != nil {
					return err
				}
				mu.Lock()
				defer mu.Unlock()
				for id, c := range cps {
					out[Counterparts{Actor: id, First: first}] = c
				}
				return nil
			})
		}
		return out, g.Wait()
	}
}
