package graph

import (
	"context"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// As-of reads (store/asof.go): the root fields that take asOf check it
// here, then hand the moment down — in store filters, on the actor they
// return (domain.Actor.AsOf, which its event connections read), on Dyad
// and StanceHistory, and on a neighborhood's nodes. Actors read as of a
// moment are kept per request by (id, moment), apart from the present
// ones' loader, so one request may read both.

// asOfArg checks an asOf argument: zero when absent, BAD_USER_INPUT naming
// it when in the future.
func asOfArg(asOf *time.Time) (time.Time, error) {
	if asOf == nil {
		return time.Time{}, nil
	}
	if err := store.CheckAsOf("asOf", *asOf); err != nil {
		return time.Time{}, err
	}
	return asOf.UTC(), nil
}

// actorAsOfKey names an actor read as of a moment in the request's memo.
type actorAsOfKey struct {
	id string
	at int64
}

// actorAt returns the actor with this id as it stood at at (the present
// when at is zero), once per request.
func (r *Resolver) actorAt(ctx context.Context, id string, at time.Time) (*domain.Actor, error) {
	if at.IsZero() {
		return loadActor(ctx, id)
	}
	a, err := batch.Shared(batch.For(ctx), actorAsOfKey{id, at.UnixNano()}, func() (domain.Actor, error) {
		return r.Store.ActorAsOf(ctx, id, at)
	})
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// checkActorsAt is checkActors as of a moment: each id must name an actor
// then, and is rewritten to the id of the actor it answered then (one
// merged away later answers itself). The actors found are kept for
// actorAt.
func (r *Resolver) checkActorsAt(ctx context.Context, byArg map[string][]string, at time.Time) error {
	if at.IsZero() {
		return r.checkActors(ctx, byArg)
	}
	var all []string
	for _, ids := range byArg {
		all = append(all, ids...)
	}
	if len(all) == 0 {
		return nil
	}
	found, err := r.Store.ActorsAsOf(ctx, dedupe(all), at)
	if err != nil {
		return err
	}
	l := batch.For(ctx)
	for _, arg := range sortedKeys(byArg) {
		for i, id := range byArg[arg] {
			a, ok := found[id]
			if !ok {
				return domain.NotFound(arg, "no actor with id %q as of %s", id, at.Format(time.RFC3339Nano))
			}
			_, _ = batch.Shared(l, actorAsOfKey{a.ID, at.UnixNano()}, func() (domain.Actor, error) { return a, nil })
			byArg[arg][i] = a.ID
		}
	}
	return nil
}

// eventAt answers event(id, asOf): the event as it stood then, its
// details (participants, sources, place) read with it and primed.
func (r *Resolver) eventAt(ctx context.Context, id string, at time.Time) (model.Event, error) {
	e, d, err := r.Store.EventAsOf(ctx, id, at, detailsSelected(ctx))
	if err != nil {
		return nil, err
	}
	primeDetails(ctx, d)
	return model.WrapEvent(e), nil
}

// neighborhoodActorsAt reads the actors of a neighborhood read as of a
// moment, as they stood then, in one round trip, and puts them on its
// nodes.
func (r *Resolver) neighborhoodActorsAt(ctx context.Context, nb *store.Neighborhood, at time.Time) error {
	ids := make([]string, len(nb.Nodes))
	for i, n := range nb.Nodes {
		ids[i] = n.ActorID
	}
	found, err := r.Store.ActorsAsOf(ctx, ids, at)
	if err != nil {
		return err
	}
	for i, n := range nb.Nodes {
		if a, ok := found[n.ActorID]; ok {
			nb.Nodes[i].Actor = &a
		}
	}
	return nil
}
