package store

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// TimelineFilter narrows a timeline. Empty fields do not filter.
type TimelineFilter struct {
	Actors []string // actor ids: events involving any of them
	Types  []domain.EventType
	From   *time.Time // events sorting at or after
	To     *time.Time // events sorting before
}

// TimelinePage asks for First events after the cursor key After, newest
// first when Desc.
type TimelinePage struct {
	First int
	After string
	Desc  bool
}

// EventPage is one page of events with their sort keys (the cursors).
type EventPage struct {
	Events  []domain.Event
	HasNext bool
}

// The timeline queries read events in the order an index keeps them, so a
// page costs its size and not how many events an actor has: the composite
// index on INVOLVED_IN(actor, key) for actor timelines, the index on
// Event.sortKey for the whole graph. ORDER BY must name the index's
// properties for the planner to skip the sort.
const (
	cypherTimelineActorsDesc = `
UNWIND $actors AS aid
CALL (aid) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = aid AND r.key >= $lower AND r.key < $upper AND ($types IS NULL OR r.type IN $types)
  RETURN e ORDER BY r.actor DESC, r.key DESC LIMIT $limit
}
WITH DISTINCT e
RETURN e ORDER BY e.sortKey DESC LIMIT $limit`
	cypherTimelineActorsAsc = `
UNWIND $actors AS aid
CALL (aid) {
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = aid AND r.key >= $lower AND r.key < $upper AND ($types IS NULL OR r.type IN $types)
  RETURN e ORDER BY r.actor ASC, r.key ASC LIMIT $limit
}
WITH DISTINCT e
RETURN e ORDER BY e.sortKey ASC LIMIT $limit`
	cypherTimelineAllDesc = `
MATCH (e:Event)
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND ($types IS NULL OR e.type IN $types)
RETURN e ORDER BY e.sortKey DESC LIMIT $limit`
	cypherTimelineAllAsc = `
MATCH (e:Event)
WHERE e.sortKey >= $lower AND e.sortKey < $upper AND ($types IS NULL OR e.type IN $types)
RETURN e ORDER BY e.sortKey ASC LIMIT $limit`
)

// keyFloor and keyCeiling bound every sort key ("0000-…" < key < "~").
const (
	keyFloor   = ""
	keyCeiling = "~"
)

// Timeline returns one page of events matching f in time order.
func (s *Store) Timeline(ctx context.Context, f TimelineFilter, p TimelinePage) (EventPage, error) {
	lower, upper := keyFloor, keyCeiling
	if f.From != nil {
		lower = f.From.UTC().Format(domain.SortKeyTime)
	}
	if f.To != nil {
		upper = f.To.UTC().Format(domain.SortKeyTime)
	}
	if p.After != "" {
		// A cursor narrows the bound on the side the page moves towards.
		if p.Desc && p.After < upper {
			upper = p.After
		} else if !p.Desc && p.After >= lower {
			lower = p.After + "\x00"
		}
	}
	params := map[string]any{"lower": lower, "upper": upper, "limit": p.First + 1, "types": nil, "actors": f.Actors}
	if len(f.Types) > 0 {
		ts := make([]string, len(f.Types))
		for i, t := range f.Types {
			ts[i] = string(t)
		}
		params["types"] = ts
	}
	var cypher string
	switch {
	case len(f.Actors) > 0 && p.Desc:
		cypher = cypherTimelineActorsDesc
	case len(f.Actors) > 0:
		cypher = cypherTimelineActorsAsc
	case p.Desc:
		cypher = cypherTimelineAllDesc
	default:
		cypher = cypherTimelineAllAsc
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return EventPage{}, err
	}
	var page EventPage
	for i, r := range recs {
		if i == p.First {
			page.HasNext = true
			break
		}
		page.Events = append(page.Events, eventFrom(r, "e"))
	}
	return page, nil
}

const cypherEventsByIDs = `UNWIND $ids AS id MATCH (e:Event {id: id}) RETURN e`

// EventsByIDs returns the events with these ids; missing ids are absent.
func (s *Store) EventsByIDs(ctx context.Context, ids []string) (map[string]domain.Event, error) {
	recs, err := s.read(ctx, cypherEventsByIDs, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make(map[string]domain.Event, len(recs))
	for _, r := range recs {
		e := eventFrom(r, "e")
		out[e.ID] = e
	}
	return out, nil
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

func eventFrom(r *neo4j.Record, key string) domain.Event {
	v, _ := r.Get(key)
	n, _ := v.(neo4j.Node)
	return eventFromNode(n)
}

func eventFromNode(n neo4j.Node) domain.Event {
	p := n.Props
	e := domain.Event{
		ID: prop[string](p, "id"), Type: domain.EventType(prop[string](p, "type")),
		Title: prop[string](p, "title"), Summary: prop[string](p, "summary"), SortKey: prop[string](p, "sortKey"),
		Occasion: prop[string](p, "occasion"), Quote: prop[string](p, "quote"), Paraphrase: prop[string](p, "paraphrase"),
		Kind: domain.InteractionKind(prop[string](p, "kind")), Code: prop[string](p, "code"), Score: prop[float64](p, "score"),
		FromStance: prop[string](p, "fromStance"), ToStance: prop[string](p, "toStance"), Direction: prop[string](p, "direction"),
		Topic: prop[string](p, "topicName"),
	}
	e.Reported = domain.DayOf(toTime(p["reported"]))
	if start := toTime(p["start"]); !start.IsZero() {
		e.When = &domain.FuzzyDate{Start: start, End: toTime(p["end"]),
			Precision: domain.Precision(prop[string](p, "precision")), Text: prop[string](p, "dateText")}
	}
	return e
}
