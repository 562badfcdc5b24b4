package store

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// TimelineFilter narrows a timeline. Empty fields do not filter; the
// fields that are set must all hold.
type TimelineFilter struct {
	Actors    []string // actor ids: events involving any of them
	AllActors []string // actor ids: events involving every one of them
	Topics    []string // topic ids: events on any of them
	Types     []domain.EventType
	From      *time.Time // events sorting at or after
	To        *time.Time // events sorting before
	Text      string     // words that must all occur (full-text over events)
	// AsOf, when set, reads the timeline as it stood at that moment
	// (transaction time, see asof.go); zero reads the present.
	AsOf time.Time
}

// TimelinePage asks for First events after the cursor key After, newest
// first when Desc, with the Details it names.
type TimelinePage struct {
	First int
	After string
	Desc  bool
	With  Details
}

// EventPage is one page of events with their sort keys (the cursors), and
// their details when the page asked for them (nil otherwise).
type EventPage struct {
	Events  []domain.Event
	HasNext bool
	Details *EventDetails
}

// Timeline returns one page of events matching f in time order.
func (s *Store) Timeline(ctx context.Context, f TimelineFilter, p TimelinePage) (EventPage, error) {
	if !f.AsOf.IsZero() {
		return s.timelineAsOf(ctx, f, p)
	}
	lower, upper := pageBounds(f, p)
	d, params := plan(f)
	params["lower"], params["upper"], params["limit"] = lower, upper, p.First+1
	cypher := timelineCypher[d][ascOrDesc(p.Desc)]
	if p.With.reshaped() {
		cypher = timelineDetailed(d, ascOrDesc(p.Desc), p.With)
	}
	return s.eventPage(ctx, cypher, params, p)
}

// eventPage runs a timeline statement (present or as of a moment) and
// makes its rows the page p asked for.
func (s *Store) eventPage(ctx context.Context, cypher string, params map[string]any, p TimelinePage) (EventPage, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return EventPage{}, err
	}
	rows := make([]ownedEvent, len(recs))
	for i, r := range recs {
		rows[i] = ownedEvent{event: eventFrom(r, "e", p.With.Events), rec: r}
	}
	return pageOf(rows, p), nil
}

// ownedEvent is one row of an owner's page: the event and the record its
// details are read from.
type ownedEvent struct {
	event domain.Event
	rec   *neo4j.Record
}

// pageOf turns an owner's rows (at most p.First+1) into its page. The rows
// are sorted again rather than trusted to keep the subquery's order
// through the details' subqueries (they mostly do: sorting is skipped
// then); sort keys are unique.
func pageOf(rows []ownedEvent, p TimelinePage) EventPage {
	before := func(a, b *ownedEvent) int {
		if p.Desc {
			return strings.Compare(b.event.SortKey, a.event.SortKey)
		}
		return strings.Compare(a.event.SortKey, b.event.SortKey)
	}
	inOrder := true
	for i := 1; i < len(rows) && inOrder; i++ {
		inOrder = before(&rows[i-1], &rows[i]) < 0
	}
	if !inOrder {
		// Sorted by pointer: an event is a few hundred bytes to swap.
		ptrs := make([]*ownedEvent, len(rows))
		for i := range rows {
			ptrs[i] = &rows[i]
		}
		slices.SortFunc(ptrs, before)
		sorted := make([]ownedEvent, len(rows))
		for i, r := range ptrs {
			sorted[i] = *r
		}
		rows = sorted
	}
	var page EventPage
	if p.With.Any() {
		page.Details = newEventDetails()
	}
	if len(rows) > 0 {
		page.Events = make([]domain.Event, 0, min(len(rows), p.First))
	}
	for i := range rows {
		if i == p.First {
			page.HasNext = true
			break
		}
		page.Events = append(page.Events, rows[i].event)
		if page.Details != nil {
			page.Details.read(rows[i].rec, rows[i].event.ID, p.With)
		}
	}
	return page
}

func ascOrDesc(desc bool) string {
	if desc {
		return "DESC"
	}
	return "ASC"
}

// pageBounds is the sort-key range a page reads: the filter's dates,
// narrowed by the cursor on the side the page moves towards.
func pageBounds(f TimelineFilter, p TimelinePage) (lower, upper string) {
	lower, upper = keyBounds(f)
	if p.After != "" {
		if p.Desc && p.After < upper {
			upper = p.After
		} else if !p.Desc && p.After >= lower {
			lower = p.After + "\x00"
		}
	}
	return lower, upper
}

// keyBounds turns the filter's dates into sort-key bounds.
func keyBounds(f TimelineFilter) (lower, upper string) {
	lower, upper = keyFloor, keyCeiling
	if f.From != nil {
		lower = f.From.UTC().Format(domain.SortKeyTime)
	}
	if f.To != nil {
		upper = f.To.UTC().Format(domain.SortKeyTime)
	}
	return lower, upper
}

const cypherEventsByIDs = `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e`

// EventsByIDs returns the events with these ids; missing ids are absent.
func (s *Store) EventsByIDs(ctx context.Context, ids []string) (map[string]domain.Event, error) {
	return readByID(ctx, s, cypherEventsByIDs, ids, func(r *neo4j.Record) (string, domain.Event) {
		e := eventFrom(r, "e", EventProps{})
		return e.ID, e
	})
}

// Event returns one event, or NOT_FOUND.
func (s *Store) Event(ctx context.Context, id string) (domain.Event, error) {
	m, err := s.EventsByIDs(ctx, []string{id})
	if err != nil {
		return domain.Event{}, err
	}
	e, ok := m[id]
	if !ok {
		return domain.Event{}, domain.NotFound("id", "no event with id %q", id)
	}
	return e, nil
}

// eventFrom reads an event from a record: a node, or a projection of one
// (Details.Events, with which p was read).
func eventFrom(r *neo4j.Record, key string, p EventProps) domain.Event {
	v, _ := r.Get(key)
	return eventOf(v, p)
}

// eventOf reads an event returned whole (a node) or, when p projects,
// as eventProjection(p)'s list.
func eventOf(v any, p EventProps) domain.Event {
	if l, ok := v.([]any); ok && p.Project {
		pr := eventProjection(p)
		e := domain.Event{ID: get[string](l, pr, evID), Type: domain.EventType(get[string](l, pr, evType)),
			SortKey: get[string](l, pr, evSortKey), Title: get[string](l, pr, evTitle), Summary: get[string](l, pr, evSummary)}
		if p.Own {
			e.Occasion, e.Quote, e.Paraphrase = get[string](l, pr, evOccasion), get[string](l, pr, evQuote), get[string](l, pr, evParaphrase)
			e.Kind, e.Code, e.Score = domain.InteractionKind(get[string](l, pr, evKind)), get[string](l, pr, evCode), get[float64](l, pr, evScore)
			e.FromStance, e.ToStance, e.Direction = get[string](l, pr, evFromStance), get[string](l, pr, evToStance), get[string](l, pr, evDirection)
			e.Topic = get[string](l, pr, evTopic)
		}
		setDates(&e, get[any](l, pr, evReported), get[any](l, pr, evStart), get[any](l, pr, evEnd),
			get[string](l, pr, evPrecision), get[string](l, pr, evDateText))
		return e
	}
	n, _ := v.(neo4j.Node)
	return eventFromNode(n)
}

func eventFromNode(n neo4j.Node) domain.Event { return eventFromProps(n.Props) }

func eventFromProps(p map[string]any) domain.Event {
	e := domain.Event{
		ID: prop[string](p, "id"), Type: domain.EventType(prop[string](p, "type")),
		Title: prop[string](p, "title"), Summary: prop[string](p, "summary"), SortKey: prop[string](p, "sortKey"),
		Occasion: prop[string](p, "occasion"), Quote: prop[string](p, "quote"), Paraphrase: prop[string](p, "paraphrase"),
		Kind: domain.InteractionKind(prop[string](p, "kind")), Code: prop[string](p, "code"), Score: prop[float64](p, "score"),
		FromStance: prop[string](p, "fromStance"), ToStance: prop[string](p, "toStance"), Direction: prop[string](p, "direction"),
		Topic: prop[string](p, "topicName"),
	}
	setDates(&e, p["reported"], p["start"], p["end"], prop[string](p, "precision"), prop[string](p, "dateText"))
	return e
}

// setDates sets an event's report day and date from their stored values;
// absent ones (null, or left out of a projection) leave them unset. A date
// of precision UNKNOWN has words but no start.
func setDates(e *domain.Event, reported, start, end any, precision, dateText string) {
	if reported := toTime(reported); !reported.IsZero() {
		e.Reported = domain.DayOf(reported)
	}
	if start := toTime(start); !start.IsZero() {
		e.When = &domain.FuzzyDate{Start: start, End: toTime(end), Precision: domain.Precision(precision), Text: dateText}
	} else if domain.Precision(precision) == domain.PrecisionUnknown {
		u := domain.Unknown(dateText)
		e.When = &u
	}
}
