package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/live"
)

// maxFilterList bounds each list of a subscription's filter.
const maxFilterList = 50

// liveFilter checks a subscription's filter (lists bounded, actors and
// topics that exist: NOT_FOUND names the field) and turns it into the
// hub's, topics by id.
func (r *Resolver) liveFilter(ctx context.Context, filter *model.TimelineUpdateFilter) (live.Filter, error) {
	var f live.Filter
	if filter == nil {
		return f, nil
	}
	lists := map[string]int{"filter.actors": len(filter.Actors), "filter.allActors": len(filter.AllActors),
		"filter.types": len(filter.Types), "filter.topics": len(filter.Topics)}
	for _, field := range sortedKeys(lists) {
		if lists[field] > maxFilterList {
			return f, domain.Invalid(field, "has %d entries; at most %d", lists[field], maxFilterList)
		}
	}
	if err := r.checkActors(ctx, map[string][]string{"filter.actors": filter.Actors, "filter.allActors": filter.AllActors}); err != nil {
		return f, err
	}
	f.Actors, f.AllActors, f.Types = filter.Actors, filter.AllActors, filter.Types
	topics, err := r.topicIDs(ctx, "filter.topics", filter.Topics)
	if err != nil {
		return f, err
	}
	f.Topics = topics
	return f, nil
}

// endSubscription returns what the hub calls when it ends a subscription
// midway (too slow, updates missed): the reason goes to the client as the
// operation's error message, presented like any other error. Subscriptions
// run over WebSocket only (the HTTP transport refuses them), where gqlgen
// collects such errors.
func (r *Resolver) endSubscription(ctx context.Context) func(error) {
	present := r.PresentError
	if present == nil {
		present = graphql.DefaultErrorPresenter
	}
	return func(err error) { transport.AddSubscriptionError(ctx, present(ctx, err)) }
}

// updatedEvent is the event an update is about as it is now: nil when
// there is none (SUBSCRIBED, REMOVED, or removed since).
func (r *Resolver) updatedEvent(ctx context.Context, u *live.Update) (model.Event, error) {
	if u.Kind == live.Subscribed || u.Kind == live.Removed {
		return nil, nil
	}
	e, err := r.Store.Event(ctx, u.EventID)
	if domain.CodeOf(err) == domain.ENotFound {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return model.WrapEvent(e), nil
}

// updatedTopics are the topics of an update's event, those that still
// exist, in the update's order.
func (r *Resolver) updatedTopics(ctx context.Context, u *live.Update) ([]domain.Topic, error) {
	if len(u.Topics) == 0 {
		return []domain.Topic{}, nil
	}
	found, err := r.Store.TopicsByIDs(ctx, u.Topics)
	if err != nil {
		return nil, err
	}
	out := make([]domain.Topic, 0, len(u.Topics))
	for _, id := range u.Topics {
		if t, ok := found[id]; ok {
			out = append(out, t)
		}
	}
	return out, nil
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
