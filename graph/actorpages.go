package graph

import (
	"context"

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
func (r *Resolver) actorEventPage(ctx context.Context, actorID string, types []domain.EventType, first *int, after *string, order *model.Order, from, to *model.Date) (*model.EventConnection, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	key, err := decodeCursor("ev", after)
	if err != nil {
		return nil, err
	}
	// The actor is already loaded: its id needs no check.
	f, err := r.timelineFilter(ctx, &model.TimelineFilter{Types: types, From: from, To: to}, false)
	if err != nil {
		return nil, err
	}
	desc := order == nil || *order == model.OrderDesc
	q := batch.NewEventsQuery(f, store.TimelinePage{First: n, After: key, Desc: desc, With: detailsSelected(ctx)})
	p, err := batch.For(ctx).ActorEvents.Load(ctx, batch.ActorEvents{Actor: actorID, Query: q})
	if err != nil {
		return nil, err
	}
	primeDetails(ctx, p.Details)
	return eventConnection(p, key != ""), nil
}

// actorCounterparts answers Actor.counterparts through the request's
// Counterparts loader: one round trip for a list of actors.
func (r *Resolver) actorCounterparts(ctx context.Context, actorID string, first *int) ([]store.Counterpart, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	return batch.For(ctx).Counterparts.Load(ctx, batch.Counterparts{Actor: actorID, First: n})
}
