package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/eventgraph/eventgraph/domain"
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

// fromRoot reports whether the current field's actor came straight from a
// root field (actor, node): it has no siblings, and waiting for a batch
// would only add the loader's wait to the request.
func fromRoot(ctx context.Context) bool {
	fc := graphql.GetFieldContext(ctx)
	return fc != nil && fc.Parent != nil && fc.Parent.Object == "Query"
}
