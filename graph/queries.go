package graph

import (
	"context"
	"strings"
	"time"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// timeline validates a timeline request and runs it: the root timeline,
// as of a moment when asOf is given.
func (r *Resolver) timeline(ctx context.Context, filter *model.TimelineFilter, first *int, after *string, order *model.Order, asOf *time.Time) (*model.EventConnection, error) {
	at, err := asOfArg(asOf)
	if err != nil {
		return nil, err
	}
	return r.runTimeline(ctx, filter, true, first, after, order, at)
}

// ownTimeline is timeline for fields of actors already loaded (Actor's
// event connections, Dyad.events): their ids need no check, which saves a
// round trip.
func (r *Resolver) ownTimeline(ctx context.Context, filter *model.TimelineFilter, first *int, after *string, order *model.Order, at time.Time) (*model.EventConnection, error) {
	return r.runTimeline(ctx, filter, false, first, after, order, at)
}

func (r *Resolver) runTimeline(ctx context.Context, filter *model.TimelineFilter, checkActors bool, first *int, after *string, order *model.Order, at time.Time) (*model.EventConnection, error) {
	n, key, err := pageArgs("ev", first, after)
	if err != nil {
		return nil, err
	}
	f, err := r.timelineFilter(ctx, filter, checkActors, at)
	if err != nil {
		return nil, err
	}
	desc := order == nil || *order == model.OrderDesc
	p, err := r.Store.Timeline(ctx, f, store.TimelinePage{First: n, After: key, Desc: desc, With: detailsSelected(ctx)})
	if err != nil {
		return nil, err
	}
	primeDetails(ctx, p.Details)
	return eventConnection(p, key != ""), nil
}

// timelineFilter checks a filter and turns it into the store's: dates in
// order, actors and topics that exist (one round trip for all the actors,
// one for the topics), text with words in it. With a moment (at not
// zero), the actors are those of that moment and the filter reads as of
// it.
func (r *Resolver) timelineFilter(ctx context.Context, filter *model.TimelineFilter, checkActors bool, at time.Time) (store.TimelineFilter, error) {
	f := store.TimelineFilter{AsOf: at}
	if filter == nil {
		return f, nil
	}
	f.Actors, f.AllActors, f.Types = filter.Actors, filter.AllActors, filter.Types
	if filter.From != nil {
		t := filter.From.Start
		f.From = &t
	}
	if filter.To != nil {
		t := filter.To.End
		f.To = &t
	}
	if f.From != nil && f.To != nil && !f.From.Before(*f.To) {
		return f, domain.Invalid("filter.from", "%s is not before filter.to %s", filter.From.String(), filter.To.String())
	}
	if filter.Text != nil {
		if err := checkSearchWords("filter.text", *filter.Text); err != nil {
			return f, err
		}
		f.Text = *filter.Text
	}
	if checkActors {
		if err := r.checkActorsAt(ctx, map[string][]string{"filter.actors": f.Actors, "filter.allActors": f.AllActors}, at); err != nil {
			return f, err
		}
	}
	topics, err := r.topicIDs(ctx, "filter.topics", filter.Topics)
	if err != nil {
		return f, err
	}
	f.Topics = topics
	return f, nil
}

// topicIDs turns topic names (as a filter gives them) into the topics'
// ids, in one round trip: NOT_FOUND names field and the first name that is
// no topic's.
func (r *Resolver) topicIDs(ctx context.Context, field string, names []string) ([]string, error) {
	if len(names) == 0 {
		return nil, nil
	}
	ids := make([]string, len(names))
	for i, name := range names {
		ids[i] = domain.TopicIDOf(name)
	}
	found, err := r.Store.TopicsByIDs(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i, id := range ids {
		if _, ok := found[id]; !ok {
			return nil, domain.NotFound(field, "no topic %q", names[i])
		}
	}
	return ids, nil
}

// checkActors returns NOT_FOUND naming the argument of the first id, of
// any argument, that is no actor's. It costs one round trip. Each id is
// rewritten in place to the id of the actor it answers: the id of an
// actor merged into another names the other.
func (r *Resolver) checkActors(ctx context.Context, byArg map[string][]string) error {
	var all []string
	for _, ids := range byArg {
		all = append(all, ids...)
	}
	if len(all) == 0 {
		return nil
	}
	found, err := r.Store.ActorsByIDs(ctx, dedupe(all))
	if err != nil {
		return err
	}
	for _, arg := range sortedKeys(byArg) {
		for i, id := range byArg[arg] {
			a, ok := found[id]
			if !ok {
				return domain.NotFound(arg, "no actor with id %q", id)
			}
			byArg[arg][i] = a.ID
		}
	}
	return nil
}

// node finds any object by id. Ids carry their kind: events and articles by
// prefix, places and topics by prefix, anything else is an actor slug.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	switch {
	case strings.HasPrefix(id, domain.ArticlePrefix):
		m, err := r.Store.ArticlesByIDs(ctx, []string{id})
		if a, ok := m[id]; ok && err == nil {
			return &a, nil
		}
		return nil, notFoundOr(err, id)
	case strings.HasPrefix(id, domain.TopicPrefix):
		m, err := r.Store.TopicsByIDs(ctx, []string{id})
		if t, ok := m[id]; ok && err == nil {
			return &t, nil
		}
		return nil, notFoundOr(err, id)
	case strings.HasPrefix(id, domain.PlacePrefix):
		m, err := r.Store.PlacesByIDs(ctx, []string{id})
		if p, ok := m[id]; ok && err == nil {
			return &p, nil
		}
		return nil, notFoundOr(err, id)
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

// nodeAt is node as the graph stood at a moment: an event or actor as of
// then (eventAt, actorAt); articles, places and topics as they are.
func (r *Resolver) nodeAt(ctx context.Context, id string, at time.Time) (model.Node, error) {
	if strings.HasPrefix(id, domain.ArticlePrefix) || strings.HasPrefix(id, domain.TopicPrefix) || strings.HasPrefix(id, domain.PlacePrefix) {
		return r.node(ctx, id)
	}
	if e, err := r.eventAt(ctx, id, at); err == nil {
		return e, nil
	} else if domain.CodeOf(err) != domain.ENotFound {
		return nil, err
	}
	a, err := r.actorAt(ctx, id, at)
	if err != nil {
		return nil, notFoundOr(err, id)
	}
	return a, nil
}

func notFoundOr(err error, id string) error {
	if err != nil && domain.CodeOf(err) != domain.ENotFound {
		return err
	}
	return domain.NotFound("id", "no node with id %q", id)
}

// checkSearchWords insists on full-text input with between 1 and
// store.MaxQueryWords words.
func checkSearchWords(field, text string) error {
	switch n := len(store.Words(text)); {
	case n == 0:
		return domain.Invalid(field, "has no words to look for")
	case n > store.MaxQueryWords:
		return domain.Invalid(field, "has %d words; at most %d are searched for", n, store.MaxQueryWords)
	}
	return nil
}

// recentEvents answers the start page's latest events: by when they were
// added, not by event date.
func (r *Resolver) recentEvents(ctx context.Context, first *int) ([]model.Event, error) {
	n := 25
	if first != nil {
		n = *first
	}
	events, err := r.Store.RecentEvents(ctx, n)
	if err != nil {
		return nil, err
	}
	out := make([]model.Event, len(events))
	for i, e := range events {
		out[i] = model.WrapEvent(e)
	}
	return out, nil
}
