package graph

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// The fields every event type shares, written once and called from each
// type's generated resolver.

func involvements(ctx context.Context, e *domain.Event) ([]store.Involved, error) {
	return batch.For(ctx).Involvements.Load(ctx, e.ID)
}

// participants returns the actors involved in e, once each, by name (then
// id): the same order whichever way the page read them (with their roles
// or without, store.Details).
func participants(ctx context.Context, e *domain.Event) ([]domain.Actor, error) {
	inv, err := involvements(ctx, e)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Actor, 0, len(inv))
	for _, i := range inv {
		if !slices.ContainsFunc(out, func(a domain.Actor) bool { return a.ID == i.Actor.ID }) {
			out = append(out, i.Actor)
		}
	}
	slices.SortFunc(out, func(a, b domain.Actor) int {
		return cmp.Or(strings.Compare(a.Name, b.Name), strings.Compare(a.ID, b.ID))
	})
	return out, nil
}

func involvementModels(ctx context.Context, e *domain.Event) ([]model.Involvement, error) {
	inv, err := involvements(ctx, e)
	if err != nil {
		return nil, err
	}
	out := make([]model.Involvement, len(inv))
	for i, x := range inv {
		out[i] = model.Involvement{ActorID: x.Actor.ID, Role: x.Role}
	}
	return out, nil
}

// actorsInRole returns the actors involved in e with the given role, in the
// store's order.
func actorsInRole(ctx context.Context, e *domain.Event, role domain.InvolvementRole) ([]domain.Actor, error) {
	inv, err := involvements(ctx, e)
	if err != nil {
		return nil, err
	}
	var out []domain.Actor
	for _, i := range inv {
		if i.Role == role {
			out = append(out, i.Actor)
		}
	}
	return out, nil
}

// actorInRole returns the one actor with that role, or nil.
func actorInRole(ctx context.Context, e *domain.Event, role domain.InvolvementRole) (*domain.Actor, error) {
	as, err := actorsInRole(ctx, e, role)
	if err != nil || len(as) == 0 {
		return nil, err
	}
	return &as[0], nil
}

// requiredActor is actorInRole for schema fields that are non-null: a
// missing actor is a broken graph, reported as an internal error.
func requiredActor(ctx context.Context, e *domain.Event, role domain.InvolvementRole) (*domain.Actor, error) {
	a, err := actorInRole(ctx, e, role)
	if err == nil && a == nil {
		return nil, domain.Errorf(domain.EInternal, "", "event %s has no %s actor", e.ID, role)
	}
	return a, err
}

func eventSources(ctx context.Context, e *domain.Event) ([]domain.Source, error) {
	return batch.For(ctx).Sources.Load(ctx, e.ID)
}
