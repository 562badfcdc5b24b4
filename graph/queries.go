package graph

import (
	"context"
	"strings"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// timeline validates a timeline request and runs it; the root timeline and
// Actor.timeline share it.
func (r *Resolver) timeline(ctx context.Context, filter *model.TimelineFilter, first *int, after *string, order *model.Order) (*model.EventConnection, error) {
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	key, err := decodeCursor("ev", after)
	if err != nil {
		return nil, err
	}
	f := store.TimelineFilter{}
	if filter != nil {
		f.Actors, f.Types = filter.Actors, filter.Types
		if filter.From != nil {
			t := filter.From.Start
			f.From = &t
		}
		if filter.To != nil {
			t := filter.To.End
			f.To = &t
		}
		if f.From != nil && f.To != nil && !f.From.Before(*f.To) {
			return nil, domain.Invalid("filter.from", "%s is not before filter.to %s", filter.From.String(), filter.To.String())
		}
		if len(f.Actors) > 0 {
			found, err := r.Store.ActorsByIDs(ctx, f.Actors)
			if err != nil {
				return nil, err
			}
			for _, id := range f.Actors {
				if _, ok := found[id]; !ok {
					return nil, domain.NotFound("filter.actors", "no actor with id %q", id)
				}
			}
		}
	}
	desc := order == nil || *order == model.OrderDesc
	p, err := r.Store.Timeline(ctx, f, store.TimelinePage{First: n, After: key, Desc: desc})
	if err != nil {
		return nil, err
	}
	if err := prefetchEvents(ctx, p.Events); err != nil {
		return nil, err
	}
	return eventConnection(p, key != ""), nil
}

// node finds any object by id. Ids carry their kind: events and articles by
// prefix, places and topics by prefix, anything else is an actor slug.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	switch {
	case strings.HasPrefix(id, "art-"):
		m, err := r.Store.ArticlesByIDs(ctx, []string{id})
		if a, ok := m[id]; ok && err == nil {
			return &a, nil
		}
		return nil, notFoundOr(err, id)
	case strings.HasPrefix(id, "place-"), strings.HasPrefix(id, "topic-"):
		return nil, domain.NotFound("id", "no node with id %q", id)
	}
	if e, err := r.Store.Event(ctx, id); err == nil {
		return model.WrapEvent(e), nil
	} else if domain.CodeOf(err) != domain.ENotFound {
		return nil, err
	}
	a, err := r.Store.Actor(ctx, id)
	if err != nil {
		return nil, notFoundOr(err, id)
	}
	return &a, nil
}

func notFoundOr(err error, id string) error {
	if err != nil && domain.CodeOf(err) != domain.ENotFound {
		return err
	}
	return domain.NotFound("id", "no node with id %q", id)
}
