package graph

import (
	"context"
	"fmt"
	"maps"
	"reflect"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// The direct writer's object types (DirectPages): how it writes each
// GraphQL object type of its pages from the Go value gqlgen binds the type
// to. directFields says which fields it writes. A leaf — a scalar or enum
// field — is read from the Go struct field of its name, found once at
// start by reflection as gqlgen's autobind finds it, and written by its
// type in the schema; only the fields that hold objects, and the leaves
// gqlgen reads through a method (FuzzyDate.display), are written by the
// functions a type lists below. A leaf with no struct field to read, or
// one whose Go type cannot hold the schema's, stops the program at start
// (and every test), never a page.
var (
	actorType     = newObjectType[domain.Actor]("Actor", nil)
	articleType   = newObjectType[domain.Article]("Article", nil)
	pageInfoType  = newObjectType[model.PageInfo]("PageInfo", nil)
	typeCountType = newObjectType[store.TypeCount]("TypeCount", nil)
	fuzzyDateType = newObjectType("FuzzyDate", fieldWriters[domain.FuzzyDate]{
		"display": func(w *pageWriter, _ context.Context, _ graphql.CollectedField, d *domain.FuzzyDate) error {
			return w.str(d.String())
		},
	})
	bucketType = newObjectType("TimelineBucket", fieldWriters[store.TimelineBucket]{
		"byType": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, b *store.TimelineBucket) error {
			return typeCountType.list(w, ctx, f, b.ByType)
		},
	})
	sourceType = newObjectType("Source", fieldWriters[domain.Source]{
		"article": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, s *domain.Source) error {
			a, err := w.r.Source().Article(ctx, s)
			if err != nil {
				return err
			}
			if a == nil {
				return fmt.Errorf("source without article")
			}
			return articleType.write(w, ctx, f, a)
		},
	})
	pathType = newObjectType("Path", fieldWriters[store.Path]{
		"actors": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, p *store.Path) error {
			actors, err := w.r.Path().Actors(ctx, p)
			if err != nil {
				return err
			}
			return actorType.list(w, ctx, f, actors)
		},
		"hops": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, p *store.Path) error {
			return pathHopType.list(w, ctx, f, p.Hops)
		},
	})
	pathHopType = newObjectType("PathHop", fieldWriters[store.PathHop]{
		"from": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *store.PathHop) error {
			return hopEnd(w, ctx, f, w.r.PathHop().From, h)
		},
		"to": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *store.PathHop) error {
			return hopEnd(w, ctx, f, w.r.PathHop().To, h)
		},
		"events": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *store.PathHop) error {
			events, err := w.r.PathHop().Events(ctx, h)
			if err != nil {
				return err
			}
			return w.list(len(events), func(i int) error { return w.event(ctx, f, events[i]) })
		},
	})
	connectionType = newObjectType("EventConnection", fieldWriters[model.EventConnection]{
		"edges": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, c *model.EventConnection) error {
			return edgeType.list(w, ctx, f, c.Edges)
		},
		"pageInfo": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, c *model.EventConnection) error {
			if c.PageInfo == nil {
				return fmt.Errorf("no page info")
			}
			return pageInfoType.write(w, ctx, f, c.PageInfo)
		},
	})
	edgeType = newObjectType("EventEdge", fieldWriters[model.EventEdge]{
		"node": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, e *model.EventEdge) error {
			return w.event(ctx, f, e.Node)
		},
	})
	// eventType writes every event type (eventKinds), which share these
	// fields; event collects an event's fields against its own type.
	eventType = newObjectType("Event", eventWriters)
	// statementType writes a statement search found: the event fields and
	// its words (leaves).
	statementType = newObjectType("Statement", eventWriters)
	// policyShiftType writes a stance history's shift: the event fields
	// and its stances (null when the source named none).
	policyShiftType = newObjectType("PolicyShift", withWriters(eventWriters, fieldWriters[domain.Event]{
		"from": func(w *pageWriter, _ context.Context, f graphql.CollectedField, e *domain.Event) error {
			return w.text(f, e.FromStance)
		},
		"to": func(w *pageWriter, _ context.Context, f graphql.CollectedField, e *domain.Event) error {
			return w.text(f, e.ToStance)
		},
	}))
	stancePositionType = newObjectType("StancePosition", fieldWriters[store.Position]{
		"since": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, p *store.Position) error {
			return optionalDate(w, ctx, f, p.Since)
		},
		"until": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, p *store.Position) error {
			return optionalDate(w, ctx, f, p.Until)
		},
	})
	stanceShiftType = newObjectType("StanceShift", fieldWriters[store.StanceShift]{
		"shift": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, s *store.StanceShift) error {
			p, err := w.r.StanceShift().Shift(ctx, s)
			if err != nil {
				return err
			}
			return policyShiftType.write(w, ctx, f, &p.Event)
		},
		"evidence": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, s *store.StanceShift) error {
			args, err := w.ec.field_StanceShift_evidence_args(ctx, f.ArgumentMap(w.ec.Variables))
			if err != nil {
				return err
			}
			evidence, err := w.r.StanceShift().Evidence(fieldContext(ctx, "StanceShift", f, args), s, args["first"].(*int))
			if err != nil {
				return err
			}
			fields := w.collect(f.Selections, statementType.impl)
			return w.list(len(evidence), func(i int) error {
				return statementType.writeAs(w, ctx, fields, "Statement", &evidence[i].Event)
			})
		},
	})
	stanceHistoryType = newObjectType("StanceHistory", fieldWriters[model.StanceHistory]{
		"actor": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *model.StanceHistory) error {
			a, err := w.r.StanceHistory().Actor(ctx, h)
			if err != nil {
				return err
			}
			if a == nil {
				return fmt.Errorf("stance history without actor")
			}
			return actorType.write(w, ctx, f, a)
		},
		"topic": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *model.StanceHistory) error {
			if h.Topic == nil {
				return fmt.Errorf("stance history without topic")
			}
			return topicType.write(w, ctx, f, h.Topic)
		},
		"positions": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *model.StanceHistory) error {
			args, err := w.ec.field_StanceHistory_positions_args(ctx, f.ArgumentMap(w.ec.Variables))
			if err != nil {
				return err
			}
			ps, err := w.r.StanceHistory().Positions(fieldContext(ctx, "StanceHistory", f, args), h, args["first"].(*int))
			if err != nil {
				return err
			}
			return stancePositionType.list(w, ctx, f, ps)
		},
		"shifts": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *model.StanceHistory) error {
			args, err := w.ec.field_StanceHistory_shifts_args(ctx, f.ArgumentMap(w.ec.Variables))
			if err != nil {
				return err
			}
			shifts, err := w.r.StanceHistory().Shifts(fieldContext(ctx, "StanceHistory", f, args), h, args["first"].(*int))
			if err != nil {
				return err
			}
			return stanceShiftType.list(w, ctx, f, shifts)
		},
	})
	topicType     = newObjectType[domain.Topic]("Topic", nil)
	highlightType = newObjectType[store.Highlight]("Highlight", nil)
	searchHitType = newObjectType("SearchHit", fieldWriters[store.SearchHit]{
		"node": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *store.SearchHit) error {
			node, err := w.r.SearchHit().Node(ctx, h)
			if err != nil {
				return err
			}
			switch n := node.(type) {
			case *domain.Actor:
				return actorType.write(w, ctx, f, n)
			case *model.Statement:
				return statementType.write(w, ctx, f, &n.Event)
			case *domain.Topic:
				return topicType.write(w, ctx, f, n)
			}
			return fmt.Errorf("search hit of %T", node)
		},
		"highlights": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, h *store.SearchHit) error {
			return highlightType.list(w, ctx, f, h.Highlights)
		},
	})
)

// eventWriters write the event fields that are no plain leaves.
var eventWriters = fieldWriters[domain.Event]{
	"when": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, e *domain.Event) error {
		if e.When == nil {
			w.buf.WriteString("null")
			return nil
		}
		return fuzzyDateType.write(w, ctx, f, e.When)
	},
	"reported": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, e *domain.Event) error {
		return fuzzyDateType.write(w, ctx, f, &e.Reported)
	},
	"participants": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, e *domain.Event) error {
		actors, err := participants(ctx, e)
		if err != nil {
			return err
		}
		return actorType.list(w, ctx, f, actors)
	},
	"sources": func(w *pageWriter, ctx context.Context, f graphql.CollectedField, e *domain.Event) error {
		srcs, err := eventSources(ctx, e)
		if err != nil {
			return err
		}
		return sourceType.list(w, ctx, f, srcs)
	},
}

// withWriters is writers with more added.
func withWriters[T any](writers, more fieldWriters[T]) fieldWriters[T] {
	out := make(fieldWriters[T], len(writers)+len(more))
	maps.Copy(out, writers)
	maps.Copy(out, more)
	return out
}

// optionalDate writes a date the schema lets be null.
func optionalDate(w *pageWriter, ctx context.Context, f graphql.CollectedField, d *domain.FuzzyDate) error {
	if d == nil {
		w.buf.WriteString("null")
		return nil
	}
	return fuzzyDateType.write(w, ctx, f, d)
}

// hopEnd writes a hop's from or to, read by its resolver get.
func hopEnd(w *pageWriter, ctx context.Context, f graphql.CollectedField,
	get func(context.Context, *store.PathHop) (*domain.Actor, error), h *store.PathHop) error {
	a, err := get(ctx, h)
	if err != nil {
		return err
	}
	if a == nil {
		return fmt.Errorf("path hop without %s", f.Name)
	}
	return actorType.write(w, ctx, f, a)
}

// fieldWriters write the fields of a type that are no plain leaves, from
// its Go value v.
type fieldWriters[T any] map[string]func(w *pageWriter, ctx context.Context, f graphql.CollectedField, v *T) error

// objectType writes the GraphQL object type name from values of T.
type objectType[T any] struct {
	name   string
	impl   []string // what its selections are collected against
	fields map[string]binding[T]
}

// binding is how one field is written: by write, or as a leaf read from
// the struct field at index.
type binding[T any] struct {
	write func(w *pageWriter, ctx context.Context, f graphql.CollectedField, v *T) error
	index []int
	kind  leafKind
}

// leafKind is how a leaf is written, by its type in the schema.
type leafKind uint8

const (
	leafText     leafKind = iota // ID, String or an enum from a Go string: null when empty where the schema allows null
	leafOptional                 // ID or String from a *string: null when nil
	leafStrings                  // a list of String from a []string
	leafInt
	leafFloat
	leafBool
	leafDateTime // from a time.Time: null when zero
)

// newObjectType binds the fields directFields lists for name: those in
// writers to them, the others (leaves all) to T's struct fields.
func newObjectType[T any](name string, writers fieldWriters[T]) *objectType[T] {
	o := &objectType[T]{name: name, impl: implementors[name], fields: map[string]binding[T]{}}
	for field, child := range directFields[name] {
		switch {
		case field == "__typename":
		case writers[field] != nil:
			o.fields[field] = binding[T]{write: writers[field]}
		case child != "":
			panic(fmt.Sprintf("direct pages: %s.%s holds a %s, and nothing writes it", name, field, child))
		default:
			index, kind, err := bindLeaf(reflect.TypeFor[T](), parsedSchema.Types[name].Fields.ForName(field))
			if err != nil {
				panic(fmt.Sprintf("direct pages: %s.%s: %v", name, field, err))
			}
			o.fields[field] = binding[T]{index: index, kind: kind}
		}
	}
	for field := range writers {
		if _, ok := directFields[name][field]; !ok {
			panic(fmt.Sprintf("direct pages: a writer for %s.%s, which directFields does not list", name, field))
		}
	}
	return o
}

// bindLeaf finds the struct field of t that gqlgen binds the leaf def to
// (its name, whatever the case) and how the leaf is written from it.
func bindLeaf(t reflect.Type, def *ast.FieldDefinition) ([]int, leafKind, error) {
	if def == nil {
		return nil, 0, fmt.Errorf("no such field in the schema")
	}
	sf, ok := t.FieldByNameFunc(func(n string) bool { return strings.EqualFold(n, def.Name) })
	if !ok {
		return nil, 0, fmt.Errorf("%s has no field %s to read", t, def.Name)
	}
	gt, kind := sf.Type, leafText
	scalar := def.Type.Name()
	if enum := parsedSchema.Types[scalar]; enum != nil && enum.Kind == ast.Enum {
		scalar = "String"
	}
	var fits bool
	switch {
	case def.Type.Elem != nil:
		kind, fits = leafStrings, scalar == "String" && gt.Kind() == reflect.Slice && gt.Elem().Kind() == reflect.String
	case scalar == "ID" || scalar == "String":
		fits = gt.Kind() == reflect.String
		if gt.Kind() == reflect.Pointer {
			kind, fits = leafOptional, gt.Elem().Kind() == reflect.String
		}
	case scalar == "Int":
		kind, fits = leafInt, gt.Kind() == reflect.Int
	case scalar == "Float":
		kind, fits = leafFloat, gt.Kind() == reflect.Float64
	case scalar == "Boolean":
		kind, fits = leafBool, gt.Kind() == reflect.Bool
	case scalar == "DateTime":
		kind, fits = leafDateTime, gt == reflect.TypeFor[time.Time]()
	}
	if !fits {
		return nil, 0, fmt.Errorf("the writer cannot write a %s from %s's %s (%s)", def.Type, t, sf.Name, gt)
	}
	return sf.Index, kind, nil
}

// write writes v with the fields collected from f's selection.
func (o *objectType[T]) write(w *pageWriter, ctx context.Context, f graphql.CollectedField, v *T) error {
	return o.writeAs(w, ctx, w.collect(f.Selections, o.impl), o.name, v)
}

// list writes vs, each with the fields collected from f's selection.
func (o *objectType[T]) list(w *pageWriter, ctx context.Context, f graphql.CollectedField, vs []T) error {
	fields := w.collect(f.Selections, o.impl)
	return w.list(len(vs), func(i int) error { return o.writeAs(w, ctx, fields, o.name, &vs[i]) })
}

// writeAs writes v as an object of type typename with the collected
// fields.
func (o *objectType[T]) writeAs(w *pageWriter, ctx context.Context, fields []graphql.CollectedField, typename string, v *T) error {
	return w.object(ctx, fields, typename, func(f graphql.CollectedField, _ int) error {
		return o.field(w, ctx, f, v)
	})
}

// field writes v's field f.
func (o *objectType[T]) field(w *pageWriter, ctx context.Context, f graphql.CollectedField, v *T) error {
	b, ok := o.fields[f.Name]
	switch {
	case !ok:
		return unknown(o.name, f)
	case b.write != nil:
		return b.write(w, ctx, f, v)
	}
	return w.leaf(f, b.kind, reflect.ValueOf(v).Elem().FieldByIndex(b.index))
}

// leaf writes the struct field v as the leaf f.
func (w *pageWriter) leaf(f graphql.CollectedField, kind leafKind, v reflect.Value) error {
	switch kind {
	case leafText:
		return w.text(f, v.String())
	case leafOptional:
		if v.IsNil() {
			w.buf.WriteString("null")
			return nil
		}
		return w.str(v.Elem().String())
	case leafStrings:
		return w.list(v.Len(), func(i int) error { return w.str(v.Index(i).String()) })
	case leafInt:
		return w.int(int(v.Int()))
	case leafFloat:
		return w.float(v.Float())
	case leafBool:
		return w.bool(v.Bool())
	default:
		return w.dateTime(*v.Addr().Interface().(*time.Time))
	}
}
