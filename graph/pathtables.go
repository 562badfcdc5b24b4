package graph

import (
	"slices"
	"sort"

	"github.com/vektah/gqlparser/v2/ast"
)

// The tables prefetch walks a selection with, derived from the schema at
// start so that a type or field added, renamed or removed in
// schema.graphqls changes them too. The tables of the direct writer that
// a rule cannot derive (which fields it writes, which event connections
// it calls) stay by hand, and TestFastPathTablesMatchTheSchema holds them
// to the schema.

// eventTypes are the object types an Event selection can match, for
// collecting fields under fragments like "... on Meeting": the event
// types, the types that hold events (connections, edges, search hits,
// paths, stance histories), and the interfaces and unions of both.
var eventTypes []string

// eventHolders are the fields whose selections hold events: connections'
// edges and nodes, a search hit's node, a path's hops and their events, a
// stance history's shifts and their evidence.
var eventHolders map[string]bool

// actorFields are the event fields answered from involvements, those that
// show actors: all but participants show them by role.
var actorFields map[string]bool

func init() {
	eventTypes, eventHolders, actorFields = eventWalkTables(parsedSchema)
}

// eventWalkTables derives eventTypes, eventHolders and actorFields from s.
// An event type implements Event; a type holds events when one of its
// fields is of an event type, or of a type that holds events. Entities
// fetched by id (Node types: actors, articles) and the root types hold
// their own lists, read on their own, so they are no holders.
func eventWalkTables(s *ast.Schema) (types []string, holders, actors map[string]bool) {
	event := func(def *ast.Definition) bool {
		if def.Name == "Event" {
			return true
		}
		if def.Kind == ast.Union {
			return slices.ContainsFunc(def.Types, func(t string) bool {
				return s.Types[t] != nil && implements(s, s.Types[t], "Event")
			})
		}
		return implements(s, def, "Event")
	}
	roots := map[string]bool{}
	for _, r := range []*ast.Definition{s.Query, s.Mutation, s.Subscription} {
		if r != nil {
			roots[r.Name] = true
		}
	}
	holding := map[string]bool{}
	var holds func(def *ast.Definition, seen map[string]bool) bool
	holds = func(def *ast.Definition, seen map[string]bool) bool {
		if def.Kind != ast.Object || event(def) || roots[def.Name] || implements(s, def, "Node") || seen[def.Name] {
			return false
		}
		seen[def.Name] = true
		for _, f := range def.Fields {
			if t := s.Types[f.Type.Name()]; t != nil && (event(t) || holds(t, seen)) {
				return true
			}
		}
		return false
	}
	holders, actors = map[string]bool{}, map[string]bool{}
	satisfies := map[string]bool{}
	for _, def := range s.Types {
		switch {
		case def.Kind == ast.Object && event(def):
			for _, f := range def.Fields {
				if showsActors(s, s.Types[f.Type.Name()]) {
					actors[f.Name] = true
				}
			}
		case holds(def, map[string]bool{}):
			holding[def.Name] = true
			for _, f := range def.Fields {
				if t := s.Types[f.Type.Name()]; t != nil && (event(t) || holds(t, map[string]bool{})) {
					holders[f.Name] = true
				}
			}
		default:
			continue
		}
		satisfies[def.Name] = true
		for _, i := range s.GetImplements(def) {
			satisfies[i.Name] = true
		}
	}
	for name := range satisfies {
		types = append(types, name)
	}
	sort.Strings(types)
	return types, holders, actors
}

// implements reports whether def is, implements or belongs to the
// interface or union named name.
func implements(s *ast.Schema, def *ast.Definition, name string) bool {
	if def.Name == name {
		return true
	}
	return slices.ContainsFunc(s.GetImplements(def), func(i *ast.Definition) bool { return i.Name == name })
}

// showsActors reports whether a field of type def shows actors: an actor,
// or a value (not an entity) with an actor in it, as an involvement.
func showsActors(s *ast.Schema, def *ast.Definition) bool {
	if def == nil || def.Kind != ast.Object {
		return false
	}
	if def.Name == "Actor" {
		return true
	}
	if implements(s, def, "Node") {
		return false
	}
	return slices.ContainsFunc(def.Fields, func(f *ast.FieldDefinition) bool { return f.Type.Name() == "Actor" })
}
