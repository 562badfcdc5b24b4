package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// Batching by time (a loader's wait window) splits a list's siblings
// across batches when the machine is busy: twenty actors asking for their
// timelines start sixty goroutines, and the scheduler need not run them
// within the window. So an actor field first looks for the list its actor
// is in; the first sibling to ask loads the whole list's answers at once,
// and the others wait for that load instead of starting their own.

// siblingActors returns the list the current field's actor belongs to (its
// field context, which names this list in this response) and the ids of
// all the actors in it, when it is a list of actors, of actor edges or of
// counterparts. It returns nil otherwise.
//
// An actor under an event of an event list (in its participants, or its
// speaker …) has siblings under every event of the list, all resolved at
// the same time; they are then every actor involved in any of the list's
// events, and the list returned is the event list. A few more actors than
// the fields show (a speaker's page also loads the audience's) is cheaper
// than a round trip per event.
func siblingActors(ctx context.Context) (*graphql.FieldContext, []string) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Parent == nil {
		return nil, nil
	}
	// The actor field's parent is the actor's own context: a list element
	// (participants), or the node/actor field under one (actor edges,
	// counterparts).
	elem, via := fc.Parent, ""
	if elem.Index == nil && elem.Field.Field != nil {
		// A single actor under a field: an event's speaker (batched with
		// the event's page), an edge's node, a counterpart's actor.
		if page, ids := involvedInPage(ctx, elem); page != nil {
			return page, ids
		}
		via, elem = elem.Field.Name, elem.Parent
	}
	if elem == nil || elem.Index == nil || elem.Parent == nil {
		return nil, nil
	}
	list := elem.Parent
	var ids []string
	switch v := list.Result.(type) {
	case []domain.Actor:
		if via != "" {
			return nil, nil
		}
		if page, ids := involvedInPage(ctx, list); page != nil {
			return page, ids
		}
		for _, a := range v {
			ids = append(ids, a.ID)
		}
	case []model.ActorEdge:
		if via != "node" {
			return nil, nil
		}
		for _, e := range v {
			if e.Node != nil {
				ids = append(ids, e.Node.ID)
			}
		}
	case []store.Counterpart:
		if via != "actor" {
			return nil, nil
		}
		for _, c := range v {
			ids = append(ids, c.ActorID)
		}
	default:
		return nil, nil
	}
	return list, ids
}

// involvedInPage returns, for an actor field of an event in an event list
// (a connection's edges, or a list of events) — a list like participants
// or a single actor like speaker — that event list and every actor
// involved in its events, from the Involvements loader (primed by the
// page's read). It returns nil otherwise.
func involvedInPage(ctx context.Context, field *graphql.FieldContext) (*graphql.FieldContext, []string) {
	event := field.Parent // the event: a list element, or an edge's node
	if event != nil && event.Index == nil && event.Field.Field != nil && event.Field.Name == "node" {
		event = event.Parent
	}
	if event == nil || event.Index == nil || event.Parent == nil {
		return nil, nil
	}
	page := event.Parent
	eventIDs, ok := eventIDsOf(page.Result)
	if !ok {
		return nil, nil
	}
	// Every actor field under the page asks; the first one gathers.
	ids, err := batch.Shared(batch.For(ctx), involvedKey{page}, func() ([]string, error) {
		invs, err := batch.For(ctx).Involvements.LoadAll(ctx, eventIDs)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		var ids []string
		for _, inv := range invs {
			for _, i := range inv {
				if !seen[i.Actor.ID] {
					seen[i.Actor.ID] = true
					ids = append(ids, i.Actor.ID)
				}
			}
		}
		return ids, nil
	})
	if err != nil {
		return nil, nil
	}
	return page, ids
}

// eventIDsOf returns the ids of an event list's events, and whether the
// field result is an event list at all.
func eventIDsOf(result any) ([]string, bool) {
	var ids []string
	switch v := result.(type) {
	case []model.EventEdge:
		for _, e := range v {
			if e.Node != nil {
				ids = append(ids, e.Node.GetID())
			}
		}
	case []model.Event:
		for _, e := range v {
			if e != nil {
				ids = append(ids, e.GetID())
			}
		}
	default:
		return nil, false
	}
	return ids, true
}

// involvedKey names the actors involved in one event list's events.
type involvedKey struct{ page *graphql.FieldContext }

// fromRoot reports whether the current field's actor came straight from a
// root field (actor, node): it has no siblings, and waiting for a batch
// would only add the loader's wait to the request.
func fromRoot(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Parent != nil && fc.Parent.Object == "Query"
}
