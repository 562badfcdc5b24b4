package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/sync/errgroup"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/store"
)

// prefetchEvents loads, for a page of events, the nested data the query
// selects (involved actors, sources and their articles, places) in parallel
// and primes the request's loaders with it. The nested resolvers then hit
// the loaders' caches: a page costs a fixed number of round trips whatever
// its size and however the scheduler interleaves field resolution, where
// batching alone depends on siblings arriving within the wait window.
func prefetchEvents(ctx context.Context, events []domain.Event) error {
	if len(events) == 0 || !graphql.HasOperationContext(ctx) {
		return nil
	}
	want := selected(ctx)
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	l := batch.For(ctx)
	g, gctx := errgroup.WithContext(ctx)
	if want["actors"] {
		g.Go(func() error { return primeAll(gctx, l.Involvements, ids) })
	}
	if want["place"] {
		g.Go(func() error { return primeAll(gctx, l.Place, ids) })
	}
	if want["sources"] {
		g.Go(func() error {
			srcs, err := l.Sources.LoadAll(gctx, ids)
			if err != nil || !want["article"] {
				return err
			}
			var arts []string
			for _, ss := range srcs {
				for _, s := range ss {
					arts = append(arts, s.ArticleID)
				}
			}
			_, err = l.Article.LoadAll(gctx, dedupe(arts))
			return err
		})
	}
	return g.Wait()
}

// detailsSelected says which event details the current field's selection
// asks for, so the store can read them with the page in one round trip.
func detailsSelected(ctx context.Context) store.Details {
	if !graphql.HasOperationContext(ctx) || graphql.GetFieldContext(ctx) == nil {
		return store.Details{}
	}
	want := selected(ctx)
	op := graphql.GetOperationContext(ctx)
	roles := want["actors"] && showsRoles(op)
	return store.Details{Involvements: roles, Participants: want["actors"] && !roles, Sources: want["sources"],
		Places: want["place"], Omit: omittable(op), Events: eventPropsSelected(ctx)}
}

// eventPropsShown are the event fields a projected read
// (store.Details.Events) answers, with the property groups each needs; a
// field outside (a type's own field read through a resolver, such as a
// statement's speaker, is answered from details; history is not) reads
// whole events. The fields answered from details (actors in a role,
// sources, place) need no property but the id, always read.
var eventPropsShown = map[string]func(*store.EventProps){
	"__typename": nil, "id": nil, "type": nil, "participants": nil, "involvements": nil, "sources": nil, "place": nil,
	"speaker": nil, "onBehalfOf": nil, "about": nil, "source": nil, "target": nil, "actor": nil, "onActor": nil,
	"title":    func(p *store.EventProps) { p.Title = true },
	"summary":  func(p *store.EventProps) { p.Summary = true },
	"when":     func(p *store.EventProps) { p.When = true }, // and its end and words when shown
	"reported": func(p *store.EventProps) { p.Reported = true },
	"occasion": own, "venue": own, "quote": own, "paraphrase": own, "kind": own, "code": own, "score": own,
	"from": own, "to": own, "direction": own,
}

func own(p *store.EventProps) { p.Own = true }

// eventPropsSelected says which event properties the current field, an
// event connection, shows of its events: only its own selection sees them
// (edges' cursors need the sort key, always read). Any other field reads
// whole events.
func eventPropsSelected(ctx context.Context) store.EventProps {
	fc := graphql.GetFieldContext(ctx)
	if fc.Field.Field == nil || fc.Field.Definition == nil || fc.Field.Definition.Type.Name() != "EventConnection" {
		return store.EventProps{}
	}
	op := graphql.GetOperationContext(ctx)
	p := store.EventProps{Project: true}
	for _, edges := range graphql.CollectFields(op, fc.Field.Selections, eventConnectionImplementors) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(op, edges.Selections, eventEdgeImplementors) {
			if node.Name == "node" && !markEventProps(op, node.Selections, &p) {
				return store.EventProps{}
			}
		}
	}
	return p
}

// eventPropsAt says which event properties the events at path below the
// current field show (every field path names, aliases included): whole
// events when one of them shows a field outside eventPropsShown.
func eventPropsAt(ctx context.Context, path []string) store.EventProps {
	op := graphql.GetOperationContext(ctx)
	p := store.EventProps{Project: true}
	var walk func(ast.SelectionSet, []string) bool
	walk = func(set ast.SelectionSet, path []string) bool {
		for _, f := range graphql.CollectFields(op, set, nil) {
			switch {
			case f.Name != path[0]:
			case len(path) > 1:
				if !walk(f.Selections, path[1:]) {
					return false
				}
			case !markEventProps(op, f.Selections, &p):
				return false
			}
		}
		return true
	}
	if !walk(graphql.GetFieldContext(ctx).Field.Selections, path) {
		return store.EventProps{}
	}
	return p
}

// markEventProps adds to p the properties the events selected with set
// show, collected against every event type; false when one is a field
// outside eventPropsShown.
func markEventProps(op *graphql.OperationContext, set ast.SelectionSet, p *store.EventProps) bool {
	for _, kind := range eventKinds {
		for _, f := range graphql.CollectFields(op, set, kind.implementors) {
			mark, ok := eventPropsShown[f.Name]
			if !ok {
				return false
			}
			if mark != nil {
				mark(p)
			}
			if f.Name == "when" {
				for _, df := range graphql.CollectFields(op, f.Selections, fuzzyDateImplementors) {
					p.WhenEnd = p.WhenEnd || df.Name == "end"
					p.WhenText = p.WhenText || df.Name == "text"
				}
			}
		}
	}
	return true
}

// omittableFields are the fields a detailed read may leave out
// (store.Details.Omit), by the type that declares them, with the group
// each belongs to.
var omittableFields = map[string]map[string]store.Omit{
	"Actor": {"kind": store.OmitActorKind, "aliases": store.OmitActorText, "description": store.OmitActorText},
	"Article": {"url": store.OmitArticleOrigin, "publisher": store.OmitArticleOrigin, "language": store.OmitArticleOrigin,
		"publishedAt": store.OmitArticleDate},
	"Source": {"start": store.OmitSourceSpan, "end": store.OmitSourceSpan, "extractor": store.OmitSourceExtraction,
		"confidence": store.OmitSourceExtraction},
}

// omittable is what the operation shows nowhere of the omittable fields.
// It decides for the whole request rather than for one selection because
// the loaders share what they read across it: an actor read without its
// kind for one field may answer another. A field asked through an
// interface or a union counts for every type with a field of that name,
// and a field the validator did not type keeps everything.
func omittable(op *graphql.OperationContext) store.Omit {
	if op == nil || op.Doc == nil {
		return 0
	}
	omit := store.OmitAll
	eachField(op.Doc, func(f *ast.Field) { omit &^= shows(f) })
	return omit
}

// shows is the groups of omittable fields a field may show.
func shows(f *ast.Field) store.Omit {
	def := f.ObjectDefinition
	if def == nil {
		return store.OmitAll
	}
	if def.Kind == ast.Object {
		return omittableFields[def.Name][f.Name]
	}
	var groups store.Omit
	for _, fields := range omittableFields {
		groups |= fields[f.Name]
	}
	return groups
}

// showsRoles reports whether the operation shows, anywhere, an event's
// actors by role; when it does not, pages read their participants without
// roles (store.Details.Participants). Like omittable it decides for the
// whole request, since the involvements read for one page answer every
// field of the request that shows the same events. A field of a role
// field's name on a type that is not an event (a counterpart's actor)
// does not count; one asked through an interface or a union, or not
// typed, does.
func showsRoles(op *graphql.OperationContext) bool {
	if op == nil || op.Doc == nil {
		return true
	}
	roles := false
	eachField(op.Doc, func(f *ast.Field) {
		if !actorFields[f.Name] || f.Name == "participants" { // the fields that show actors by role
			return
		}
		def := f.ObjectDefinition
		roles = roles || onEvent(def)
	})
	return roles
}

// onEvent reports whether a field of type def may be an event's: def is an
// event type, an interface or a union, or not known. An actor-named field
// elsewhere (stanceHistory's actor, a counterpart's) shows no event's
// actors.
func onEvent(def *ast.Definition) bool {
	return def == nil || def.Kind != ast.Object || slices.ContainsFunc(eventKinds, func(k eventKind) bool { return k.name == def.Name })
}

// eachField calls fn with every field of the document: the operations'
// and the fragments', inline fragments included.
func eachField(doc *ast.QueryDocument, fn func(*ast.Field)) {
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				fn(s)
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			}
			// Fragment spreads are walked from the document's fragments.
		}
	}
	for _, f := range doc.Fragments {
		walk(f.SelectionSet)
	}
	for _, o := range doc.Operations {
		walk(o.SelectionSet)
	}
}

// primeDetails puts a detailed page's details into the request's loaders,
// where the nested field resolvers find them without a query.
func primeDetails(ctx context.Context, d *store.EventDetails) {
	if d == nil {
		return
	}
	l := batch.For(ctx)
	for id, v := range d.Involvements {
		l.Involvements.Prime(id, v)
	}
	for id, v := range d.Sources {
		l.Sources.Prime(id, v)
	}
	for id, v := range d.Places {
		l.Place.Prime(id, v)
	}
	for id, v := range d.Articles {
		l.Article.Prime(id, v)
	}
}

// primeAll loads keys as one batch; the results stay in the loader's cache.
func primeAll[V any](ctx context.Context, l interface {
	LoadAll(context.Context, []string) ([]V, error)
}, keys []string) error {
	_, err := l.LoadAll(ctx, keys)
	return err
}

// selected reports which groups of nested fields the current field's
// selection asks for anywhere below it.
func selected(ctx context.Context) map[string]bool {
	op := graphql.GetOperationContext(ctx)
	want := map[string]bool{}
	var walk func(sel ast.SelectionSet, depth int)
	walk = func(sel ast.SelectionSet, depth int) {
		if depth > 6 {
			return
		}
		for _, f := range graphql.CollectFields(op, sel, eventTypes) {
			switch {
			case actorFields[f.Name] && onEvent(f.ObjectDefinition):
				want["actors"] = true
			case f.Name == "place":
				want["place"] = true
			case f.Name == "sources":
				want["sources"] = true
				for _, sf := range graphql.CollectFields(op, f.Selections, []string{"Source"}) {
					if sf.Name == "article" {
						want["article"] = true
					}
				}
				continue
			}
			if eventHolders[f.Name] {
				walk(f.Selections, depth+1)
			}
		}
	}
	walk(graphql.GetFieldContext(ctx).Field.Selections, 0)
	return want
}

func dedupe(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
