package graph

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/eventgraph/eventgraph/domain"
	"github.com/eventgraph/eventgraph/graph/batch"
	"github.com/eventgraph/eventgraph/graph/model"
	"github.com/eventgraph/eventgraph/store"
)

// The analyst queries: argument checks and the calls to the store behind
// timelineHistogram, search, dyad, paths, neighborhood and stanceHistory.

// Caps on the relationship queries' arguments, and on the lists in their
// answers that have no page (the schema documents each): no field returns
// more than its cap, whatever the graph holds.
const (
	maxPaths        = 20
	maxEventsPerHop = 20
	maxNeighborHops = 3
	maxNeighbors    = 500

	defaultNeighborEdges = 1000
	maxNeighborEdges     = 5000
	defaultDyadMonths    = 240
	maxDyadMonths        = 1200
	defaultStanceShifts  = 100 // shifts and positions
	maxStanceShifts      = 500
	defaultShiftEvidence = 10
	maxShiftEvidence     = 100
)

// firstOf is a capped list's first `first` items: def when first is
// absent, BAD_USER_INPUT naming arg beyond max (or below 0).
func firstOf[T any](arg string, items []T, first *int, def, hi int) ([]T, error) {
	n, err := bounded(arg, first, def, 0, hi)
	if err != nil {
		return nil, err
	}
	return items[:min(n, len(items))], nil
}

// rolesAt returns the roles held at the date: begun before its end and not
// ended before its start. Roles without bounds are held at any date.
func rolesAt(roles []domain.Role, at *model.Date) []domain.Role {
	if at == nil {
		return roles
	}
	out := []domain.Role{}
	for _, role := range roles {
		if role.From != nil && !role.From.Start.Before(at.End) {
			continue
		}
		if role.To != nil && !role.To.End.After(at.Start) {
			continue
		}
		out = append(out, role)
	}
	return out
}

func (r *Resolver) histogram(ctx context.Context, filter *model.TimelineFilter, bucket *store.Bucket) ([]store.TimelineBucket, error) {
	f, err := r.timelineFilter(ctx, filter, true, time.Time{})
	if err != nil {
		return nil, err
	}
	b := store.BucketMonth
	if bucket != nil {
		b = *bucket
	}
	// Events of unknown date are counted only when the buckets show them.
	unknown := slices.ContainsFunc(graphql.CollectFieldsCtx(ctx, nil), func(f graphql.CollectedField) bool { return f.Name == "unknownDate" })
	return r.Store.TimelineHistogram(ctx, f, b, store.HistogramOptions{UnknownDates: unknown})
}

func (r *Resolver) search(ctx context.Context, text string, kinds []store.SearchKind, first *int) ([]store.SearchHit, error) {
	if strings.TrimSpace(text) == "" {
		return nil, domain.Invalid("text", "must not be empty")
	}
	if err := checkSearchWords("text", text); err != nil {
		return nil, err
	}
	n, err := pageSize(first)
	if err != nil {
		return nil, err
	}
	if len(kinds) == 0 {
		kinds = []store.SearchKind{store.SearchActor, store.SearchStatement, store.SearchTopic}
	}
	hits, err := r.Store.Search(ctx, text, kinds, n)
	if err != nil {
		return nil, err
	}
	var events []domain.Event
	for _, h := range hits {
		if h.Statement != nil {
			events = append(events, *h.Statement)
		}
	}
	return hits, prefetchEvents(ctx, events)
}

func searchNode(h *store.SearchHit) model.SearchResult {
	switch {
	case h.Actor != nil:
		return h.Actor
	case h.Statement != nil:
		return &model.Statement{Event: *h.Statement}
	default:
		return h.Topic
	}
}

func (r *Resolver) dyad(ctx context.Context, a, b string, from, to *model.Date, asOf *time.Time) (*model.Dyad, error) {
	at, err := asOfArg(asOf)
	if err != nil {
		return nil, err
	}
	if a == b {
		return nil, domain.Invalid("b", "is the same actor as a (%q)", a)
	}
	if from != nil && to != nil && !from.Start.Before(to.End) {
		return nil, domain.Invalid("from", "%s is not before to %s", from.String(), to.String())
	}
	if at.IsZero() {
		if d, err := r.dyadWithPage(ctx, a, b, from, to); d != nil || err != nil {
			return d, err
		}
	}
	ids := map[string][]string{"a": {a}, "b": {b}}
	if err := r.checkActorsAt(ctx, ids, at); err != nil {
		return nil, err
	}
	a, b = ids["a"][0], ids["b"][0]
	if a == b {
		return nil, domain.Invalid("b", "names the actor a was merged into (%q)", a)
	}
	return &model.Dyad{AID: a, BID: b, From: from, To: to, AsOf: at}, nil
}

// dyadWithPage answers a present dyad whose selection shows one page of
// its events (events selected once) by reading the page and resolving a
// and b in the same statement (store.DyadEvents): one round trip, where
// resolving the ids first and reading the page after took two. Its
// errors are checkActors': NOT_FOUND naming a, then b; a and b naming one
// actor. It returns nil and no error when it does not apply (no page, two
// pages, the page's arguments wrong: the events field reports those
// itself); the dyad is then resolved alone.
func (r *Resolver) dyadWithPage(ctx context.Context, a, b string, from, to *model.Date) (*model.Dyad, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Child == nil || !graphql.HasOperationContext(ctx) {
		return nil, nil
	}
	var pages []graphql.CollectedField
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, dyadImplementors) {
		if f.Name == "events" {
			pages = append(pages, f)
		}
	}
	if len(pages) != 1 {
		return nil, nil
	}
	// The page's field context, with its arguments: any error there is the
	// events field's to report (a response context of its own keeps it
	// from this one).
	pfc, err := fc.Child(graphql.WithResponseContext(ctx, graphql.DefaultErrorPresenter, graphql.DefaultRecover), pages[0])
	if err != nil {
		return nil, nil
	}
	first, _ := pfc.Args["first"].(*int)
	after, _ := pfc.Args["after"].(*string)
	order, _ := pfc.Args["order"].(*model.Order)
	types, _ := pfc.Args["types"].([]domain.EventType)
	n, key, err := pageArgs("ev", first, after)
	if err != nil {
		return nil, nil
	}
	f := store.TimelineFilter{Types: types}
	if from != nil {
		f.From = &from.Start
	}
	if to != nil {
		f.To = &to.End
	}
	p := store.TimelinePage{First: n, After: key, Desc: order == nil || *order == model.OrderDesc,
		With: detailsSelected(graphql.WithFieldContext(ctx, pfc))}
	d, err := r.Store.DyadEvents(ctx, a, b, f, p)
	switch {
	case err != nil:
		return nil, err
	case d.A == "":
		return nil, domain.NotFound("a", "no actor with id %q", a)
	case d.B == "":
		return nil, domain.NotFound("b", "no actor with id %q", b)
	case d.A == d.B:
		return nil, domain.Invalid("b", "names the actor a was merged into (%q)", d.A)
	}
	primeDetails(ctx, d.Page.Details)
	return &model.Dyad{AID: d.A, BID: d.B, From: from, To: to, Page: eventConnection(d.Page, key != ""), PageOf: pages[0].Field}, nil
}

// dyadEvents is Dyad.events: the page read with the dyad when it was
// (dyadWithPage), else read now.
func (r *Resolver) dyadEvents(ctx context.Context, d *model.Dyad, first *int, after *string, order *model.Order, types []domain.EventType) (*model.EventConnection, error) {
	if d.Page != nil && graphql.GetFieldContext(ctx).Field.Field == d.PageOf {
		return d.Page, nil
	}
	return r.ownTimeline(ctx, &model.TimelineFilter{AllActors: []string{d.AID, d.BID}, Types: types, From: d.From, To: d.To}, first, after, order, d.AsOf)
}

// dyadSeries is Dyad.series over the dyad's period, its first months.
func (r *Resolver) dyadSeries(ctx context.Context, d *model.Dyad, first *int) ([]store.DyadMonth, error) {
	months, err := bounded("first", first, defaultDyadMonths, 0, maxDyadMonths)
	if err != nil {
		return nil, err
	}
	var from, to *time.Time
	if d.From != nil {
		from = &d.From.Start
	}
	if d.To != nil {
		to = &d.To.End
	}
	if !d.AsOf.IsZero() {
		return r.Store.DyadSeriesAsOf(ctx, d.AID, d.BID, from, to, months, d.AsOf)
	}
	return r.Store.DyadSeries(ctx, d.AID, d.BID, from, to, months)
}

func (r *Resolver) paths(ctx context.Context, from, to string, maxHops, first, perHop *int) ([]store.Path, error) {
	hops, err := bounded("maxHops", maxHops, 4, 1, store.MaxPathHops)
	if err != nil {
		return nil, err
	}
	n, err := bounded("first", first, 5, 1, maxPaths)
	if err != nil {
		return nil, err
	}
	k, err := bounded("eventsPerHop", perHop, 3, 0, maxEventsPerHop)
	if err != nil {
		return nil, err
	}
	if from == to {
		return nil, domain.Invalid("to", "is the same actor as from (%q)", from)
	}
	// One read resolves the ids, searches and reads the chains' actors,
	// primed for paths { actors } and hops { from to }.
	found, err := r.Store.Paths(ctx, from, to, hops, n, k)
	if err != nil {
		return nil, err
	}
	switch {
	case found.From == "":
		return nil, domain.NotFound("from", "no actor with id %q", from)
	case found.To == "":
		return nil, domain.NotFound("to", "no actor with id %q", to)
	case found.From == found.To:
		return nil, domain.Invalid("to", "names the actor from was merged into (%q)", found.From)
	}
	l := batch.For(ctx)
	for _, a := range found.Actors {
		l.Actor.Prime(a.ID, a)
	}
	var events []domain.Event
	for _, p := range found.Paths {
		for _, h := range p.Hops {
			events = append(events, h.Events...)
		}
	}
	return found.Paths, prefetchEvents(ctx, events)
}

func (r *Resolver) neighborhood(ctx context.Context, actor string, hops, limit *int, asOf *time.Time) (*store.Neighborhood, error) {
	at, err := asOfArg(asOf)
	if err != nil {
		return nil, err
	}
	h, err := bounded("hops", hops, 1, 1, maxNeighborHops)
	if err != nil {
		return nil, err
	}
	n, err := bounded("limit", limit, 100, 1, maxNeighbors)
	if err != nil {
		return nil, err
	}
	ids := map[string][]string{"actor": {actor}}
	if err := r.checkActorsAt(ctx, ids, at); err != nil {
		return nil, err
	}
	actor = ids["actor"][0]
	var nb store.Neighborhood
	if at.IsZero() {
		nb, err = r.Store.Neighborhood(ctx, actor, h, n)
	} else if nb, err = r.Store.NeighborhoodAsOf(ctx, actor, h, n, at); err == nil {
		err = r.neighborhoodActorsAt(ctx, &nb, at)
	}
	if err != nil {
		return nil, err
	}
	if nb.Edges == nil {
		nb.Edges = []store.NeighborEdge{}
	}
	return &nb, nil
}

func (r *Resolver) stanceHistory(ctx context.Context, actor, topic string, from, to *model.Date, asOf *time.Time) (*model.StanceHistory, error) {
	at, err := asOfArg(asOf)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(topic) == "" {
		return nil, domain.Invalid("topic", "must not be empty")
	}
	if from != nil && to != nil && !from.Start.Before(to.End) {
		return nil, domain.Invalid("from", "%s is not before to %s", from.String(), to.String())
	}
	// One read for every list of the answer, as long as the longest the
	// operation asks for (each field then keeps its own first), and one
	// shift more: the one that closes the last position.
	q := store.StanceQuery{Actor: actor, Topic: domain.TopicIDOf(topic),
		Shifts:        selectedFirst(ctx, []string{"shifts"}, defaultStanceShifts, maxStanceShifts),
		Evidence:      selectedFirst(ctx, []string{"shifts", "evidence"}, defaultShiftEvidence, maxShiftEvidence),
		EvidenceProps: eventPropsAt(ctx, []string{"shifts", "evidence"})}
	q.Shifts = max(q.Shifts, selectedFirst(ctx, []string{"positions"}, defaultStanceShifts, maxStanceShifts)) + 1
	if from != nil {
		q.From = &from.Start
	}
	if to != nil {
		q.To = &to.End
	}
	h, err := r.readStanceHistory(ctx, q, at)
	if err != nil {
		return nil, err
	}
	if h.Actor == nil {
		return nil, domain.NotFound("actor", "no actor with id %q", actor)
	}
	if h.Topic == nil {
		return nil, domain.NotFound("topic", "no topic %q", topic)
	}
	shifts, total := h.Shifts, h.Total
	var events []domain.Event
	for _, s := range shifts {
		events = append(append(events, s.Shift), s.Evidence...)
	}
	positions := store.Positions(shifts)
	if positions == nil {
		positions = []store.Position{}
	}
	return &model.StanceHistory{ActorID: h.Actor.ID, AsOf: at, Topic: h.Topic, Positions: positions, Shifts: shifts, ShiftCount: total},
		prefetchEvents(ctx, events)
}

// readStanceHistory reads a stance history with its actor (as it stood
// then, read as of a moment) and topic, in one round trip.
func (r *Resolver) readStanceHistory(ctx context.Context, q store.StanceQuery, at time.Time) (store.StanceHistory, error) {
	if at.IsZero() {
		h, err := r.Store.StanceHistoryOf(ctx, q)
		if err == nil && h.Actor != nil {
			batch.For(ctx).Actor.Prime(h.Actor.ID, *h.Actor) // stanceHistory { actor } costs nothing more
		}
		return h, err
	}
	// As of a moment, in one round trip too: the actor as it stood then
	// and the topic are read with the shifts.
	h, err := r.Store.StanceHistoryAsOf(ctx, q, at)
	if err != nil {
		return h, err
	}
	if h.Actor == nil {
		return h, domain.NotFound("actor", "no actor with id %q as of %s", q.Actor, at.Format(time.RFC3339Nano))
	}
	a := *h.Actor
	_, _ = batch.Shared(batch.For(ctx), actorAsOfKey{a.ID, at.UnixNano()}, func() (domain.Actor, error) { return a, nil })
	return h, nil
}

// selectedFirst is the largest `first` the operation gives the field at
// path below the current one (aliases may select it more than once), the
// default where it gives none, 0 when it does not select the field, and
// never more than hi: the resolver of the field refuses what is beyond.
func selectedFirst(ctx context.Context, path []string, def, hi int) int {
	return min(hi, largestFirst(ctx, graphql.GetFieldContext(ctx).Field.Selections, path, def))
}

func largestFirst(ctx context.Context, sel ast.SelectionSet, path []string, def int) int {
	op := graphql.GetOperationContext(ctx)
	n := 0
	for _, f := range graphql.CollectFields(op, sel, nil) {
		if f.Name != path[0] {
			continue
		}
		if len(path) > 1 {
			n = max(n, largestFirst(ctx, f.Selections, path[1:], def))
			continue
		}
		v := def
		if first := f.ArgumentMap(op.Variables)["first"]; first != nil {
			v = intValue(first)
		}
		n = max(n, v)
	}
	return n
}

// bounded reads an optional Int argument with a default and an inclusive
// range; out of range is BAD_USER_INPUT naming the argument.
func bounded(arg string, v *int, def, lo, hi int) (int, error) {
	if v == nil {
		return def, nil
	}
	if *v < lo || *v > hi {
		return 0, domain.Invalid(arg, "must be between %d and %d, got %d", lo, hi, *v)
	}
	return *v, nil
}

// loadActors loads actors by id through the request's loader, in order.
func loadActors(ctx context.Context, ids []string) ([]domain.Actor, error) {
	return batch.For(ctx).Actor.LoadAll(ctx, ids)
}

func loadActor(ctx context.Context, id string) (*domain.Actor, error) {
	a, err := batch.For(ctx).Actor.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func wrapEvents(es []domain.Event) []model.Event {
	out := make([]model.Event, len(es))
	for i, e := range es {
		out[i] = model.WrapEvent(e)
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
