package graph

import (
	"reflect"
	"slices"
	"sort"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
)

// TestFastPathTablesMatchTheSchema holds the string-keyed tables of the
// fast page path (directpages.go, prefetch.go) to schema.graphqls: a table
// that names a type or field the schema lacks, gives a field the wrong
// type, or misses one the schema has where the writer must know them all,
// fails here, offline, instead of falling back or writing a page wrong.
func TestFastPathTablesMatchTheSchema(t *testing.T) {
	s := NewExecutableSchema(Config{}).Schema()
	kinds := s.GetPossibleTypes(s.Types["Event"])
	field := func(typ, name string) *ast.FieldDefinition {
		if name == "__typename" {
			return &ast.FieldDefinition{Name: name, Type: ast.NonNullNamedType("String", nil)}
		}
		if def := s.Types[typ]; def != nil {
			return def.Fields.ForName(name)
		}
		return nil
	}

	t.Run("directFields", func(t *testing.T) {
		for typ, fields := range directFields {
			// "Event" stands for every event type: each must have the field.
			holders := []string{typ}
			if typ == "Event" {
				holders = append(holders, names(kinds)...)
			}
			for _, h := range holders {
				if s.Types[h] == nil {
					t.Errorf("directFields names type %s; the schema has none", h)
					continue
				}
				for name, child := range fields {
					f := field(h, name)
					if f == nil {
						t.Errorf("directFields names %s.%s; the schema has no such field", h, name)
						continue
					}
					leaf := s.Types[f.Type.Name()] == nil || s.Types[f.Type.Name()].IsLeafType()
					if want := f.Type.Name(); leaf && child != "" || !leaf && child != want {
						t.Errorf("directFields: %s.%s holds %q; the schema says %s", h, name, child, f.Type)
					}
					// Below the root the writer reads only the arguments
					// argumentsReadBelowRoot names: a field that takes others
					// would be answered as if it had none.
					if typ != "Query" {
						var got []string
						for _, a := range f.Arguments {
							got = append(got, a.Name)
						}
						if want := argumentsReadBelowRoot[h+"."+name]; !slices.Equal(got, want) {
							t.Errorf("directFields: %s.%s takes arguments %v; the writer reads %v", h, name, got, want)
						}
					}
				}
			}
		}
	})

	t.Run("actorPages", func(t *testing.T) {
		// Every event connection of an actor: the writer calls each by name.
		var want, got []string
		for _, f := range s.Types["Actor"].Fields {
			if f.Type.Name() == "EventConnection" {
				want = append(want, f.Name)
			}
		}
		for name := range actorPages {
			got = append(got, name)
		}
		if !sameSet(got, want) {
			t.Errorf("actorPages = %v; the schema's Actor has the event connections %v", sorted(got), sorted(want))
		}
	})

	t.Run("implementors", func(t *testing.T) {
		for typ, list := range implementors {
			def := s.Types[typ]
			if def == nil {
				t.Errorf("implementors names type %s; the schema has none", typ)
				continue
			}
			if want := append([]string{typ}, names(s.GetImplements(def))...); !sameSet(list, want) {
				t.Errorf("implementors[%s] = %v; the schema says %v", typ, list, want)
			}
		}
		for typ, fields := range directFields {
			for name, child := range fields {
				// Event and SearchResult are written as each of their types.
				if _, ok := implementors[child]; !ok && child != "" && child != "Event" && child != "SearchResult" {
					t.Errorf("directFields: %s.%s leads to %s, which implementors lacks", typ, name, child)
				}
			}
		}
	})

	t.Run("eventKinds", func(t *testing.T) {
		var got []string
		for _, k := range eventKinds {
			got = append(got, k.name)
			if want := append([]string{k.name}, names(s.GetImplements(s.Types[k.name]))...); s.Types[k.name] == nil || !sameSet(k.implementors, want) {
				t.Errorf("eventKinds: %s implements %v; the schema says %v", k.name, k.implementors, want)
			}
		}
		if want := names(kinds); !sameSet(got, want) {
			t.Errorf("eventKinds = %v; the types implementing Event are %v", got, sorted(want))
		}
		// eventKindOf numbers each wrapped event as eventKinds lists it.
		for _, typ := range domain.EventTypes {
			node := model.WrapEvent(domain.Event{Type: typ})
			i := eventKindOf(node)
			if name := reflect.TypeOf(node).Elem().Name(); i < 0 || eventKinds[i].name != name {
				t.Errorf("eventKindOf(%s event) = %d; want the index of %s in eventKinds", typ, i, name)
			}
		}
	})

	t.Run("eventPropsShown", func(t *testing.T) {
		for name := range eventPropsShown {
			if !slices.ContainsFunc(kinds, func(k *ast.Definition) bool { return field(k.Name, name) != nil }) {
				t.Errorf("eventPropsShown names %s; no event type has that field", name)
			}
		}
		for name := range actorFields {
			if _, ok := eventPropsShown[name]; !ok {
				t.Errorf("eventPropsShown lacks %s, an actor field answered from involvements", name)
			}
		}
	})

	t.Run("omittableFields", func(t *testing.T) {
		for typ, fields := range omittableFields {
			for name := range fields {
				if field(typ, name) == nil {
					t.Errorf("omittableFields names %s.%s; the schema has no such field", typ, name)
				}
			}
		}
	})

	t.Run("derived", func(t *testing.T) {
		// The derived tables hold at least what the pages need today; an
		// empty table (a rule that no longer matches) would only slow
		// pages down, so it fails here.
		for _, want := range []string{"Event", "Meeting", "Statement", "SearchResult", "SearchHit", "Path", "PathHop", "StanceHistory", "StanceShift"} {
			if !slices.Contains(eventTypes, want) {
				t.Errorf("eventTypes = %v, without %s", eventTypes, want)
			}
		}
		for _, want := range []string{"edges", "node", "hops", "events", "shifts", "shift", "evidence"} {
			if !eventHolders[want] {
				t.Errorf("eventHolders lacks %s", want)
			}
		}
		for _, want := range []string{"participants", "involvements", "speaker", "about", "source", "target", "actor", "onActor"} {
			if !actorFields[want] {
				t.Errorf("actorFields lacks %s", want)
			}
		}
	})
}

func names(defs []*ast.Definition) []string {
	out := make([]string, len(defs))
	for i, d := range defs {
		out[i] = d.Name
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	sort.Strings(s)
	return s
}

func sameSet(a, b []string) bool {
	return slices.Equal(sorted(a), sorted(b))
}

// argumentsReadBelowRoot are the fields below the root whose arguments the
// direct writer reads, in the schema's order: a dyad's page of events
// (rootDyad passes first, after, order and types on as gqlgen does).
var argumentsReadBelowRoot = map[string][]string{
	"Dyad.events":             {"first", "after", "order", "types"},
	"StanceHistory.positions": {"first"},
	"StanceHistory.shifts":    {"first"},
	"StanceShift.evidence":    {"first"},
}
