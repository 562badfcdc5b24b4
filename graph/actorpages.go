package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// actorEventPage answers an actor's event connections (Actor.timeline,
// statements, meetings, interactions, policyShifts) through the request's
// ActorEvents loader: a list of actors asking with the same arguments
// costs one round trip, not one per actor. Arguments are checked here, per
// actor, in the order the root timeline checks them, so errors name the
// same argument; the page primes the loaders as the root timeline's does.
func (r *Resolver) actorEventPage(ctx context.Context, actor *domain.Actor, types []domain.EventType, first *int, after *string, order *model.Order, from, to *model.Date) (*model.EventConnection, error) {
	actorID := actor.ID
	n, key, err := pageArgs("ev", first, after)
	if err != nil {
		return nil, err
	}
	// The actor is already loaded: its id needs no check.
	f, err := r.timelineFilter(ctx, &model.TimelineFilter{Types: types, From: from, To: to}, false, actor.AsOf)
	if err != nil {
		return nil, err
	}
	desc := order == nil || *order == model.OrderDesc
	l := batch.For(ctx)
	with := batch.Memo(l, selectionOf(ctx), func() store.Details { return detailsSelected(ctx) })
	page := store.TimelinePage{First: n, After: key, Desc: desc, With: with}
	var p store.EventPage
	if fromRoot(ctx) || !actor.AsOf.IsZero() {
		// (An actor read as of a moment reads its own pages: the
		// siblings' batch reads the present.)
		// One actor asked for by id has no siblings to wait for.
		f.Actors = []string{actorID}
		p, err = r.Store.Timeline(ctx, f, page)
	} else {
		p, err = loadActorEvents(ctx, l, actorID, batch.NewEventsQuery(f, page))
	}
	if err != nil {
		return nil, err
	}
	primeDetails(ctx, p.Details)
	return eventConnection(p, key != ""), nil
}

// selectionKey names the selection of a field in the query document: the
// same for every sibling actor asking for the field under the same alias.
type selectionKey struct{ field *ast.Field }

func selectionOf(ctx context.Context) any {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		return selectionKey{fc.Field.Field}
	}
	return selectionKey{}
}

// actorCounterparts answers Actor.counterparts through the request's
// Counterparts loader: one round trip for a list of actors. The
// counterparts come with their actors, which prime the Actor loader, so
// counterparts { actor { … } } costs nothing more.
func (r *Resolver) actorCounterparts(ctx context.Context, actorID string, first *int) ([]store.Counterpart, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	l := batch.For(ctx)
	var cps []store.Counterpart
	if fromRoot(ctx) {
		cps, err = r.Store.Counterparts(ctx, actorID, n)
	} else {
		cps, err = loadCounterparts(ctx, l, actorID, n)
	}
	for _, c := range cps {
		if c.Actor.ID == c.ActorID {
			l.Actor.Prime(c.ActorID, c.Actor)
		}
	}
	return cps, err
}

// siblingsKey names one list's load of one query.
type siblingsKey struct {
	list  *graphql.FieldContext
	query any
}

// loadActorEvents loads the actor's page: with its list's siblings as one
// batch when the actor is in a list (see siblingActors), alone otherwise.
func loadActorEvents(ctx context.Context, l *batch.Loaders, actorID string, q batch.EventsQuery) (store.EventPage, error) {
	if list, ids := siblingActors(ctx); len(ids) > 1 && slices.Contains(ids, actorID) {
		pages, err := batch.Shared(l, siblingsKey{list, q}, func() ([]store.EventPage, error) {
			keys := make([]batch.ActorEvents, len(ids))
			for i, id := range ids {
				keys[i] = batch.ActorEvents{Actor: id, Query: q}
			}
			return l.ActorEvents.LoadAll(ctx, keys)
		})
		if err != nil {
			return store.EventPage{}, err
		}
		for i, id := range ids {
			if id == actorID {
				return pages[i], nil
			}
		}
	}
	return l.ActorEvents.Load(ctx, batch.ActorEvents{Actor: actorID, Query: q})
}

// loadCounterparts is loadActorEvents for counterparts.
func loadCounterparts(ctx context.Context, l *batch.Loaders, actorID string, first int) ([]store.Counterpart, error) {
	if list, ids := siblingActors(ctx); len(ids) > 1 && slices.Contains(ids, actorID) {
		all, err := batch.Shared(l, siblingsKey{list, first}, func() ([][]store.Counterpart, error) {
			keys := make([]batch.Counterparts, len(ids))
			for i, id := range ids {
				keys[i] = batch.Counterparts{Actor: id, First: first}
			}
			return l.Counterparts.LoadAll(ctx, keys)
		})
		if err != nil {
			return nil, err
		}
		for i, id := range ids {
			if id == actorID {
				return all[i], nil
			}
		}
	}
	return l.Counterparts.Load(ctx, batch.Counterparts{Actor: actorID, First: first})
}
