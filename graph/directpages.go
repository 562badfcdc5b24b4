package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"golang.org/x/sync/errgroup"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// DirectPages answers the API's commonest read — pages of events with
// their dates, participants and sources, under actor(id) or the root
// timeline — by writing the response straight from the query's selection,
// in place of gqlgen's field-by-field execution.
//
// Why: gqlgen runs every resolver field and every list element of a page
// in a goroutine of its own with a field context each (about 425
// goroutines and 1,100 fields for a 50-event page with participants and
// sources), which costs three times the page's Neo4j read. The data is the
// same: the direct writer calls the same resolvers for the root and the
// pages (the same argument checks, the same reads, the same primed
// loaders) and writes every field in the order gqlgen's field collection
// gives (fragments, aliases, @skip and @include included). Leaves — the
// built-in scalars, the enums and DateTime — are written straight into the
// buffer, byte for byte as gqlgen's marshallers write them (a test holds
// the two to that) without their closure per value, each from the struct
// field gqlgen binds it to (directtypes.go).
//
// It answers only what it knows: an operation whose fields all appear in
// directFields. Anything else — another root field, a field outside the
// table, @defer, a custom directive — and any error, from a resolver or a
// marshaller, leaves the operation to gqlgen, which answers it from the
// start with its own error handling; errors are never written here. Field
// middleware (AroundFields) does not run for direct pages.
type DirectPages struct {
	es *executableSchema
	// covered remembers, for the operations of recent documents, whether
	// the writer answers them (gqlgen keeps parsed documents, so an
	// operation sent again is the same node). Only operations without
	// @skip or @include are remembered: those depend on variables.
	covered *lru.Cache[*ast.OperationDefinition, bool]
	// onServe is called for each operation answered here (tests count it;
	// metrics can).
	onServe func()
	// spans, when set, opens the trace spans the tracing middleware would
	// (Traced).
	spans Spans
}

// Spans opens a trace span called name under ctx and returns its context
// and the function that ends it with the outcome.
type Spans func(ctx context.Context, name string) (context.Context, func(error))

// Traced makes the writer open, for each operation it answers, the spans
// the tracing middleware (otelgqlgen) opens on gqlgen's path: the
// operation's, named as it names them, and the root field's
// ("Query/search"), so that a trace reads the same whichever path answered
// and the store's spans hang under them. The middleware runs as response
// and field interceptors, which an operation answered here never reaches.
// An operation handed back to gqlgen (an error) keeps the ended span and
// gets gqlgen's own beside it.
func (d *DirectPages) Traced(spans Spans) *DirectPages {
	d.spans = spans
	return d
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
} = (*DirectPages)(nil)

// NewDirectPages returns the extension for an executable schema made by
// NewExecutableSchema; onServe may be nil.
func NewDirectPages(es graphql.ExecutableSchema, onServe func()) *DirectPages {
	s, _ := es.(*executableSchema)
	covered, _ := lru.New[*ast.OperationDefinition, bool](1000)
	return &DirectPages{es: s, covered: covered, onServe: onServe}
}

// ExtensionName names the extension for gqlgen.
func (*DirectPages) ExtensionName() string { return "DirectPages" }

// Validate refuses a schema this package did not generate.
func (d *DirectPages) Validate(graphql.ExecutableSchema) error {
	if d.es == nil {
		return fmt.Errorf("DirectPages needs the schema from graph.NewExecutableSchema")
	}
	return nil
}

// InterceptOperation answers the operation directly when it can, and hands
// it to gqlgen otherwise.
func (d *DirectPages) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	op := graphql.GetOperationContext(ctx)
	if op.Operation == nil || op.Operation.Operation != ast.Query {
		return next(ctx)
	}
	data, ok := d.answer(ctx, op)
	if !ok {
		return next(ctx)
	}
	if d.onServe != nil {
		d.onServe()
	}
	return graphql.OneShot(&graphql.Response{Data: data})
}

// directFields are the fields the direct writer answers, by the type that
// holds them; each names the object type of its value, "" for a leaf (the
// object types in directtypes.go write them).
// "Event" stands for every event type, which share these fields. Actor's
// event connections are answered on the root actor only (below a list of
// actors gqlgen batches them across siblings).
var directFields = map[string]map[string]string{
	"Query": {"actor": "Actor", "timeline": "EventConnection", "dyad": "Dyad", "timelineHistogram": "TimelineBucket",
		"paths": "Path", "search": "SearchHit", "stanceHistory": "StanceHistory"},
	"StanceHistory": {"__typename": "", "actor": "Actor", "topic": "Topic", "positions": "StancePosition",
		"shifts": "StanceShift", "shiftCount": ""},
	"StancePosition": {"__typename": "", "stance": "", "since": "FuzzyDate", "until": "FuzzyDate"},
	"StanceShift":    {"__typename": "", "shift": "PolicyShift", "evidence": "Statement", "evidenceCount": ""},
	// A stance history's shift: the event fields and its stances.
	"PolicyShift": {"__typename": "", "id": "", "type": "", "when": "FuzzyDate", "reported": "FuzzyDate", "title": "",
		"summary": "", "participants": "Actor", "sources": "Source", "from": "", "to": "", "direction": ""},
	"SearchHit": {"__typename": "", "kind": "", "score": "", "node": "SearchResult", "highlights": "Highlight"},
	"Highlight": {"__typename": "", "field": "", "fragment": ""},
	"Topic":     {"__typename": "", "id": "", "name": ""},
	// A statement found by search: the event fields and its words.
	"Statement": {"__typename": "", "id": "", "type": "", "when": "FuzzyDate", "reported": "FuzzyDate", "title": "",
		"summary": "", "participants": "Actor", "sources": "Source", "quote": "", "paraphrase": ""},
	"Path":            {"__typename": "", "actors": "Actor", "hops": "PathHop"},
	"PathHop":         {"__typename": "", "from": "Actor", "to": "Actor", "events": "Event"},
	"TimelineBucket":  {"__typename": "", "label": "", "start": "", "end": "", "count": "", "byType": "TypeCount", "unknownDate": ""},
	"TypeCount":       {"__typename": "", "type": "", "count": ""},
	"Dyad":            {"__typename": "", "a": "Actor", "b": "Actor", "events": "EventConnection"},
	"Actor":           {"__typename": "", "id": "", "name": "", "kind": "", "aliases": "", "description": ""},
	"EventConnection": {"__typename": "", "edges": "EventEdge", "pageInfo": "PageInfo"},
	"EventEdge":       {"__typename": "", "cursor": "", "node": "Event"},
	"PageInfo":        {"__typename": "", "hasNextPage": "", "hasPreviousPage": "", "startCursor": "", "endCursor": ""},
	"Event": {"__typename": "", "id": "", "type": "", "when": "FuzzyDate", "reported": "FuzzyDate", "title": "",
		"summary": "", "participants": "Actor", "sources": "Source"},
	"FuzzyDate": {"__typename": "", "start": "", "end": "", "precision": "", "text": "", "display": ""},
	"Source":    {"__typename": "", "article": "Article", "sentence": "", "start": "", "end": "", "extractor": "", "confidence": ""},
	"Article":   {"__typename": "", "id": "", "url": "", "title": "", "publisher": "", "publishedAt": "", "language": ""},
}

// actorPages are the root actor's event connections answered directly.
var actorPages = map[string]bool{"timeline": true, "statements": true, "meetings": true, "interactions": true, "policyShifts": true}

// implementors are what a type's selections are collected against, as
// gqlgen's generated code collects them.
var implementors = map[string][]string{
	"Query": queryImplementors, "Actor": actorImplementors, "EventConnection": eventConnectionImplementors,
	"EventEdge": eventEdgeImplementors, "PageInfo": pageInfoImplementors, "FuzzyDate": fuzzyDateImplementors,
	"Source": sourceImplementors, "Article": articleImplementors, "Dyad": dyadImplementors,
	"TimelineBucket": timelineBucketImplementors, "TypeCount": typeCountImplementors,
	"Path": pathImplementors, "PathHop": pathHopImplementors,
	"SearchHit": searchHitImplementors, "Highlight": highlightImplementors, "Topic": topicImplementors,
	"Statement": statementImplementors, "PolicyShift": policyShiftImplementors,
	"StanceHistory": stanceHistoryImplementors, "StancePosition": stancePositionImplementors, "StanceShift": stanceShiftImplementors,
}

// searchResults are the members of the union SearchResult, as a search
// hit's node is written (searchResultType).
var searchResults = []string{"Actor", "Statement", "Topic"}

// eventKind is a concrete event type with what it implements.
type eventKind struct {
	name         string
	implementors []string
}

// eventKinds are the concrete event types, in the order eventKindOf
// numbers them.
var eventKinds = []eventKind{
	{"Meeting", meetingImplementors}, {"Statement", statementImplementors}, {"Interaction", interactionImplementors},
	{"PolicyShift", policyShiftImplementors}, {"OtherEvent", otherEventImplementors},
}

// answer writes the operation's data, or reports that gqlgen must.
func (d *DirectPages) answer(ctx context.Context, op *graphql.OperationContext) (data []byte, ok bool) {
	if !d.coversOperation(op) {
		return nil, false
	}
	defer func() {
		// A panic here is a bug of this writer; gqlgen answers instead
		// (and reports its own panics through the recover func).
		if recover() != nil {
			data, ok = nil, false
		}
	}()
	ctx = graphql.WithResponseContext(ctx, graphql.DefaultErrorPresenter, graphql.DefaultRecover)
	w := &pageWriter{ec: newExecutionContext(op, d.es, nil), r: d.es.Resolvers, buf: bytes.NewBuffer(make([]byte, 0, 32<<10)),
		collected: map[collectKey][]graphql.CollectedField{}, spans: d.spans}
	if d.spans != nil {
		var end func(error)
		ctx, end = d.spans(ctx, operationSpanName(op))
		defer func() {
			if !ok {
				end(errLeftToGqlgen)
				return
			}
			end(nil)
		}()
	}
	if err := w.root(ctx); err != nil || graphql.GetErrors(ctx) != nil {
		return nil, false
	}
	return w.buf.Bytes(), true
}

// errLeftToGqlgen ends the span of an operation the writer handed back.
var errLeftToGqlgen = errors.New("answered by gqlgen instead")

// operationSpanName names an operation's span as otelgqlgen does: its
// name, else otelgqlgen's name for one without.
func operationSpanName(op *graphql.OperationContext) string {
	if op.OperationName != "" {
		return op.OperationName
	}
	if op.Operation != nil && op.Operation.Name != "" {
		return op.Operation.Name
	}
	return "nameless-operation"
}

// coversOperation reports whether the writer answers the operation.
func (d *DirectPages) coversOperation(op *graphql.OperationContext) bool {
	if ok, known := d.covered.Get(op.Operation); known {
		return ok
	}
	ok := d.covers(op, op.Operation.SelectionSet, "Query", true)
	if !conditional(op.Doc) {
		d.covered.Add(op.Operation, ok)
	}
	return ok
}

// conditional reports whether a document has @skip or @include anywhere.
func conditional(doc *ast.QueryDocument) bool {
	found := false
	check := func(ds ast.DirectiveList) {
		found = found || ds.ForName("skip") != nil || ds.ForName("include") != nil
	}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				check(s.Directives)
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				check(s.Directives)
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				check(s.Directives)
			}
		}
	}
	for _, o := range doc.Operations {
		check(o.Directives)
		walk(o.SelectionSet)
	}
	for _, f := range doc.Fragments {
		check(f.Directives)
		walk(f.SelectionSet)
	}
	return found
}

// covers reports whether every field selected on typ, and below it, is one
// the writer answers. At the root exactly one field is allowed; an
// Actor's event connections only on the root actor.
func (d *DirectPages) covers(op *graphql.OperationContext, set ast.SelectionSet, typ string, root bool) bool {
	if typ == "Event" {
		for _, k := range eventKinds {
			if !d.coversFields(op, graphql.CollectFields(op, set, k.implementors), "Event", false) {
				return false
			}
		}
		return true
	}
	if typ == "SearchResult" {
		for _, m := range searchResults {
			if !d.coversFields(op, graphql.CollectFields(op, set, implementors[m]), m, false) {
				return false
			}
		}
		return true
	}
	fields := graphql.CollectFields(op, set, implementors[typ])
	if typ == "Query" && len(fields) != 1 {
		return false
	}
	return d.coversFields(op, fields, typ, root)
}

func (d *DirectPages) coversFields(op *graphql.OperationContext, fields []graphql.CollectedField, typ string, root bool) bool {
	for _, f := range fields {
		if len(f.Deferrables) > 0 || !plainDirectives(f.Directives) {
			return false
		}
		child, ok := directFields[typ][f.Name]
		if !ok && typ == "Actor" && root && actorPages[f.Name] {
			child, ok = "EventConnection", true
		}
		if !ok {
			return false
		}
		if child != "" && !d.covers(op, f.Selections, child, typ == "Query") {
			return false
		}
	}
	return true
}

// plainDirectives allows the directives field collection has already
// applied.
func plainDirectives(ds ast.DirectiveList) bool {
	for _, d := range ds {
		if d.Name != "skip" && d.Name != "include" {
			return false
		}
	}
	return true
}

// pageWriter writes one operation's data as gqlgen would.
type pageWriter struct {
	ec  *executionContext
	r   ResolverRoot
	buf *bytes.Buffer
	// collected holds the fields collected from each selection set for
	// each type: a page's fifty events share their selections.
	collected map[collectKey][]graphql.CollectedField
	// spans is DirectPages.spans.
	spans Spans
}

// collectKey names a selection set (by its first element and length; the
// operation's sets do not change while it runs) and the type it is
// collected against (by its implementors, one package-level slice per
// type).
type collectKey struct {
	first *ast.Selection
	n     int
	impl  *string
}

// collect is graphql.CollectFields for a selection set on the type whose
// implementors are impl, each response name once (collectOnce),
// remembered for the operation.
func (w *pageWriter) collect(set ast.SelectionSet, impl []string) []graphql.CollectedField {
	if len(set) == 0 || len(impl) == 0 {
		return collectOnce(w.ec.OperationContext, set, impl)
	}
	k := collectKey{&set[0], len(set), &impl[0]}
	if f, ok := w.collected[k]; ok {
		return f
	}
	f := collectOnce(w.ec.OperationContext, set, impl)
	w.collected[k] = f
	return f
}

// collectOnce is graphql.CollectFields without a field whose alias an
// earlier one has, which gqlgen leaves out of its answer too: field
// collection keeps apart one field asked for through two unrelated types
// ("... on Event { id } ... on Node { id }").
func collectOnce(op *graphql.OperationContext, set ast.SelectionSet, impl []string) []graphql.CollectedField {
	fields := graphql.CollectFields(op, set, impl)
	for i := 1; i < len(fields); i++ {
		alias := fields[i].Alias
		if slices.ContainsFunc(fields[:i], func(g graphql.CollectedField) bool { return g.Alias == alias }) {
			fields = slices.Delete(slices.Clone(fields), i, i+1)
			i--
		}
	}
	return fields
}

func (w *pageWriter) root(ctx context.Context) (err error) {
	op := w.ec.OperationContext
	f := graphql.CollectFields(op, op.Operation.SelectionSet, queryImplementors)[0]
	if w.spans != nil {
		var end func(error)
		ctx, end = w.spans(ctx, "Query/"+f.Name)
		defer func() { end(err) }()
	}
	w.buf.WriteByte('{')
	w.key(f.Alias)
	switch f.Name {
	case "actor":
		err = w.rootActor(ctx, f)
	case "timeline":
		err = w.rootTimeline(ctx, f)
	case "dyad":
		err = w.rootDyad(ctx, f)
	case "timelineHistogram":
		err = w.rootHistogram(ctx, f)
	case "paths":
		err = w.rootPaths(ctx, f)
	case "search":
		err = w.rootSearch(ctx, f)
	case "stanceHistory":
		err = w.rootStance(ctx, f)
	default:
		err = fmt.Errorf("no direct answer for %s", f.Name)
	}
	w.buf.WriteByte('}')
	return err
}

// fieldContext is the context gqlgen gives a resolver of field f on
// object: the resolvers read their selection from it.
func fieldContext(ctx context.Context, object string, f graphql.CollectedField, args map[string]any) context.Context {
	return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: object, Field: f, Args: args, IsMethod: true, IsResolver: true})
}

func (w *pageWriter) rootActor(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_actor_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	id, asOf := args["id"].(string), args["asOf"].(*time.Time)
	at, err := asOfArg(asOf)
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	fields := collectOnce(w.ec.OperationContext, f.Selections, actorImplementors)
	pages := make([]*model.EventConnection, len(fields))
	// An actor's page holds only its events (INVOLVED_IN's actor is the id
	// of the actor it starts from): an event in any page proves the actor
	// exists. When nothing of the actor but its id is shown, a page with an
	// event spares reading it; otherwise the actor is read with the pages.
	var actor *domain.Actor
	read := !onlyPagesAndID(fields)
	var reads []func(context.Context) error
	if read {
		reads = append(reads, func(ctx context.Context) (err error) {
			actor, err = w.r.Query().Actor(ctx, id, asOf)
			return err
		})
	}
	for i, pf := range fields {
		if actorPages[pf.Name] {
			reads = append(reads, func(ctx context.Context) (err error) {
				pages[i], err = w.actorPage(ctx, &domain.Actor{ID: id, AsOf: at}, pf)
				return err
			})
		}
	}
	if err := concurrently(ctx, reads); err != nil {
		return err
	}
	if !read {
		if anyEvents(pages) {
			actor = &domain.Actor{ID: id, AsOf: at}
		} else if actor, err = w.r.Query().Actor(ctx, id, asOf); err != nil {
			return err
		}
	}
	if actor != nil && actor.ID != id {
		// The id was merged into another actor: the pages are the
		// survivor's (one more round trip, for merged-away ids only).
		for i, pf := range fields {
			if actorPages[pf.Name] {
				if pages[i], err = w.actorPage(ctx, actor, pf); err != nil {
					return err
				}
			}
		}
	}
	if actor == nil {
		w.buf.WriteString("null")
		return nil
	}
	return w.object(ctx, fields, "Actor", func(f graphql.CollectedField, i int) error {
		if actorPages[f.Name] {
			return w.connection(ctx, f, pages[i])
		}
		return actorType.field(w, ctx, f, actor)
	})
}

// concurrently runs the reads side by side and returns the first error; a
// single read (the commonest page) runs here, sparing a goroutine.
func concurrently(ctx context.Context, reads []func(context.Context) error) error {
	if len(reads) == 1 {
		return reads[0](ctx)
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, r := range reads {
		g.Go(func() error { return r(gctx) })
	}
	return g.Wait()
}

// onlyPagesAndID reports whether an actor's fields show nothing of it but
// its id and type name, besides event pages, at least one of them.
func onlyPagesAndID(fields []graphql.CollectedField) bool {
	pages := 0
	for _, f := range fields {
		switch {
		case actorPages[f.Name]:
			pages++
		case f.Name != "id" && f.Name != "__typename":
			return false
		}
	}
	return pages > 0
}

func anyEvents(pages []*model.EventConnection) bool {
	for _, p := range pages {
		if p != nil && len(p.Edges) > 0 {
			return true
		}
	}
	return false
}

// actorPage runs the resolver of one of an actor's event connections.
func (w *pageWriter) actorPage(ctx context.Context, a *domain.Actor, f graphql.CollectedField) (*model.EventConnection, error) {
	raw := f.ArgumentMap(w.ec.Variables)
	var args map[string]any
	var err error
	switch f.Name {
	case "timeline":
		args, err = w.ec.field_Actor_timeline_args(ctx, raw)
	case "statements":
		args, err = w.ec.field_Actor_statements_args(ctx, raw)
	case "meetings":
		args, err = w.ec.field_Actor_meetings_args(ctx, raw)
	case "interactions":
		args, err = w.ec.field_Actor_interactions_args(ctx, raw)
	case "policyShifts":
		args, err = w.ec.field_Actor_policyShifts_args(ctx, raw)
	}
	if err != nil {
		return nil, err
	}
	ctx = fieldContext(ctx, "Actor", f, args)
	first, after := args["first"].(*int), args["after"].(*string)
	order, from, to := args["order"].(*model.Order), args["from"].(*model.Date), args["to"].(*model.Date)
	ar := w.r.Actor()
	switch f.Name {
	case "timeline":
		return ar.Timeline(ctx, a, first, after, order, args["types"].([]domain.EventType), from, to)
	case "statements":
		return ar.Statements(ctx, a, first, after, order, from, to)
	case "meetings":
		return ar.Meetings(ctx, a, first, after, order, from, to)
	case "interactions":
		return ar.Interactions(ctx, a, first, after, order, from, to)
	default:
		return ar.PolicyShifts(ctx, a, first, after, order, from, to)
	}
}

func (w *pageWriter) rootTimeline(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_timeline_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	conn, err := w.r.Query().Timeline(ctx, args["filter"].(*model.TimelineFilter), args["first"].(*int),
		args["after"].(*string), args["order"].(*model.Order), args["asOf"].(*time.Time))
	if err != nil {
		return err
	}
	return w.connection(ctx, f, conn)
}

// rootDyad answers dyad(a, b): its page of events is read with the two
// actors' resolution (dyadWithPage), which needs the field context's Child
// to read the page's arguments as gqlgen does.
func (w *pageWriter) rootDyad(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_dyad_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: f, Args: args, IsMethod: true, IsResolver: true,
		Child: func(ctx context.Context, f graphql.CollectedField) (*graphql.FieldContext, error) {
			return w.ec.childFields_Dyad(ctx, f)
		}})
	d, err := w.r.Query().Dyad(ctx, args["a"].(string), args["b"].(string), args["from"].(*model.Date), args["to"].(*model.Date),
		args["asOf"].(*time.Time))
	if err != nil {
		return err
	}
	dr := w.r.Dyad()
	return w.object(ctx, w.collect(f.Selections, dyadImplementors), "Dyad", func(f graphql.CollectedField, _ int) error {
		switch f.Name {
		case "events":
			args, err := w.ec.field_Dyad_events_args(ctx, f.ArgumentMap(w.ec.Variables))
			if err != nil {
				return err
			}
			ctx := fieldContext(ctx, "Dyad", f, args)
			c, err := dr.Events(ctx, d, args["first"].(*int), args["after"].(*string), args["order"].(*model.Order),
				args["types"].([]domain.EventType))
			if err != nil {
				return err
			}
			return w.connection(ctx, f, c)
		case "a", "b":
			get := dr.A
			if f.Name == "b" {
				get = dr.B
			}
			a, err := get(fieldContext(ctx, "Dyad", f, nil), d)
			if err != nil {
				return err
			}
			if a == nil {
				return fmt.Errorf("dyad.%s: no actor", f.Name)
			}
			return actorType.write(w, ctx, f, a)
		}
		return unknown("Dyad", f)
	})
}

// rootHistogram answers timelineHistogram: a year by month is a dozen
// buckets of a few types each, which gqlgen marshals with a goroutine per
// list element (a quarter of the server's CPU for the benchmark's
// histogram, as much as its Neo4j read).
func (w *pageWriter) rootHistogram(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_timelineHistogram_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	buckets, err := w.r.Query().TimelineHistogram(ctx, args["filter"].(*model.TimelineFilter), args["bucket"].(*store.Bucket))
	if err != nil {
		return err
	}
	return bucketType.list(w, ctx, f, buckets)
}

// rootPaths answers paths: five chains of four actors, three events a
// hop, are some 150 list elements and resolver fields, each a goroutine
// of gqlgen's (twice the server's CPU of the read itself).
func (w *pageWriter) rootPaths(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_paths_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	paths, err := w.r.Query().Paths(ctx, args["from"].(string), args["to"].(string), args["maxHops"].(*int),
		args["first"].(*int), args["eventsPerHop"].(*int))
	if err != nil {
		return err
	}
	return pathType.list(w, ctx, f, paths)
}

// rootSearch answers search: twenty hits, each with its node and
// highlights, were some sixty goroutines of gqlgen's, which cost the
// server as much as the full-text read.
func (w *pageWriter) rootSearch(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_search_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	hits, err := w.r.Query().Search(ctx, args["text"].(string), args["kinds"].([]store.SearchKind), args["first"].(*int))
	if err != nil {
		return err
	}
	return searchHitType.list(w, ctx, f, hits)
}

// rootStance answers stanceHistory: a hundred shifts of ten evidence
// statements each are over a thousand events, which gqlgen marshalled
// with a goroutine each, at twice the server's CPU of the read.
func (w *pageWriter) rootStance(ctx context.Context, f graphql.CollectedField) error {
	args, err := w.ec.field_Query_stanceHistory_args(ctx, f.ArgumentMap(w.ec.Variables))
	if err != nil {
		return err
	}
	ctx = fieldContext(ctx, "Query", f, args)
	h, err := w.r.Query().StanceHistory(ctx, args["actor"].(string), args["topic"].(string), args["from"].(*model.Date),
		args["to"].(*model.Date), args["asOf"].(*time.Time))
	if err != nil {
		return err
	}
	if h == nil {
		return fmt.Errorf("stanceHistory: no answer")
	}
	return stanceHistoryType.write(w, ctx, f, h)
}

// key writes an object key and its colon.
func (w *pageWriter) key(alias string) {
	w.str(alias)
	w.buf.WriteByte(':')
}

// text writes s for f: null for an empty s where the schema lets f be
// null, as gqlgen writes the *OrNil fields it binds those to (a text the
// source did not give is null in the API, not "").
func (w *pageWriter) text(f graphql.CollectedField, s string) error {
	if s == "" && f.Definition != nil && !f.Definition.Type.NonNull {
		w.buf.WriteString("null")
		return nil
	}
	return w.str(s)
}

// str writes a String, ID or enum value as graphql.MarshalString does:
// quoted, with control characters, backslash and quote escaped and every
// other byte as it is.
func (w *pageWriter) str(s string) error {
	const hex = "0123456789ABCDEF"
	b := w.buf
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		case '"':
			b.WriteString(`\"`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
	return nil
}

// dateTime writes a DateTime as model.MarshalDateTime does: RFC 3339 in
// UTC, which needs no escaping.
func (w *pageWriter) dateTime(t time.Time) error {
	if t.IsZero() {
		w.buf.WriteString("null")
		return nil
	}
	b := w.buf.AvailableBuffer()
	b = append(b, '"')
	b = t.UTC().AppendFormat(b, time.RFC3339Nano)
	b = append(b, '"')
	w.buf.Write(b)
	return nil
}

func (w *pageWriter) int(n int) error {
	w.buf.Write(strconv.AppendInt(w.buf.AvailableBuffer(), int64(n), 10))
	return nil
}

func (w *pageWriter) bool(v bool) error {
	w.buf.Write(strconv.AppendBool(w.buf.AvailableBuffer(), v))
	return nil
}

// float writes a Float as graphql.MarshalFloatContext does (%g, the
// shortest form); infinities and NaN, which it refuses, are errors here
// too and leave the answer to gqlgen.
func (w *pageWriter) float(f float64) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return fmt.Errorf("cannot marshal %v", f)
	}
	w.buf.Write(strconv.AppendFloat(w.buf.AvailableBuffer(), f, 'g', -1, 64))
	return nil
}

// object writes an object of type typename with the collected fields
// (collectOnce's: each response name once); value writes the i-th field's
// value.
func (w *pageWriter) object(ctx context.Context, fields []graphql.CollectedField, typename string, value func(graphql.CollectedField, int) error) error {
	w.buf.WriteByte('{')
	for i, f := range fields {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.key(f.Alias)
		if f.Name == "__typename" {
			w.str(typename)
			continue
		}
		if err := value(f, i); err != nil {
			return err
		}
	}
	w.buf.WriteByte('}')
	return nil
}

// list writes n elements with elem.
func (w *pageWriter) list(n int, elem func(i int) error) error {
	w.buf.WriteByte('[')
	for i := range n {
		if i > 0 {
			w.buf.WriteByte(',')
		}
		if err := elem(i); err != nil {
			return err
		}
	}
	w.buf.WriteByte(']')
	return nil
}

func (w *pageWriter) connection(ctx context.Context, f graphql.CollectedField, c *model.EventConnection) error {
	if c == nil {
		return fmt.Errorf("%s: no connection", f.Name)
	}
	return connectionType.write(w, ctx, f, c)
}

// event writes one event: its fields are collected against its concrete
// type, as gqlgen collects them.
func (w *pageWriter) event(ctx context.Context, f graphql.CollectedField, node model.Event) error {
	ev, ok := node.(interface{ Domain() *domain.Event })
	kind := eventKindOf(node)
	if !ok || kind < 0 {
		return fmt.Errorf("event of type %T", node)
	}
	k := eventKinds[kind]
	return eventType.writeAs(w, ctx, w.collect(f.Selections, k.implementors), k.name, ev.Domain())
}

// eventKindOf is the index in eventKinds of an event's GraphQL type.
func eventKindOf(node model.Event) int {
	switch node.(type) {
	case *model.Meeting:
		return 0
	case *model.Statement:
		return 1
	case *model.Interaction:
		return 2
	case *model.PolicyShift:
		return 3
	case *model.OtherEvent:
		return 4
	}
	return -1
}

// unknown is a field covers let through and the writer does not know: a
// bug, answered by gqlgen instead.
func unknown(typ string, f graphql.CollectedField) error {
	return fmt.Errorf("direct pages: no writer for %s.%s", typ, f.Name)
}
