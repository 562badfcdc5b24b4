package store

import (
	"context"

	"github.com/eventgraph/eventgraph/domain"
)

// MaxRecentEvents bounds RecentEvents: a start page, not an export.
const MaxRecentEvents = 100

// cypherRecentEvents reads the events whose present state began last
// (since: the transaction that added them, or that last corrected,
// restored or re-sourced them; not a merge or its undoing, which moves
// one of their actors and leaves since as it was: asof.go), newest first. The event_since index
// yields them in that order, so the read stops after the page and the
// events of the transactions tied with its last one; the id breaks ties,
// so the order is total. Events written before since was kept have none
// and are not listed.
const cypherRecentEvents = `
MATCH (e:Event) WHERE e.since IS NOT NULL
RETURN e ORDER BY e.since DESC, e.id LIMIT $first`

// RecentEvents returns the first (at most MaxRecentEvents) events most
// recently added to the graph or changed in it, newest first: the start
// page's "latest events", as against the timeline's newest by event date.
func (s *Store) RecentEvents(ctx context.Context, first int) ([]domain.Event, error) {
	if first < 0 || first > MaxRecentEvents {
		return nil, domain.Invalid("first", "must be 0 to %d, not %d", MaxRecentEvents, first)
	}
	recs, err := s.read(ctx, cypherRecentEvents, map[string]any{"first": first})
	if err != nil {
		return nil, err
	}
	out := make([]domain.Event, 0, len(recs))
	for _, r := range recs {
		out = append(out, eventFrom(r, "e", EventProps{}))
	}
	return out, nil
}
