package store

import (
	"context"
	"errors"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Reads that answer many actors at once. A GraphQL list of actors asking
// each for its timeline (or statements, meetings …) or its counterparts
// would otherwise cost one round trip per actor; these take the whole list
// and cost one.

// cypherActorPage reads one actor's (owner's) events in the order of the
// INVOLVED_IN(actor, key) index, each checked as a timeline's candidates
// are, at most $limit of them: the same read Timeline makes for a filter
// on one actor. {DIR} is ASC or DESC, {CHECK} the candidate check.
const cypherActorPage = `
  MATCH ()-[r:INVOLVED_IN]->(e:Event)
  WHERE r.actor = owner AND r.key >= $lower AND r.key < $upper AND {CHECK}
  RETURN e ORDER BY r.actor {DIR}, r.key {DIR} LIMIT $limit`

// actorPagesCypher and actorPagesDetailedCypher hold, per direction, the
// statement reading every owner's page, the latter with each event's
// details (cypherEventDetails, which yields e, inv, src, place). They are
// built at start from fixed texts, never from input.
var actorPagesCypher, actorPagesDetailedCypher = map[string]string{}, map[string]string{}

func init() {
	for _, dir := range []string{"ASC", "DESC"} {
		page := withCheck(strings.ReplaceAll(cypherActorPage, "{DIR}", dir))
		actorPagesCypher[dir] = "UNWIND $owners AS owner\nCALL (owner) {" + page + "\n}\nRETURN owner, e"
		actorPagesDetailedCypher[dir] = "UNWIND $owners AS owner\nCALL (owner) {\nCALL (owner) {" + page + "\n}\n" +
			cypherEventDetails + "\n}\nRETURN owner, e, inv, src, place"
	}
}

// Timelines returns, for each of the actors, the page Timeline would
// return for f narrowed to that actor alone: the actor's events that also
// pass f's types, dates, actors, allActors and topics, in p's order, after
// p's cursor, with p's details. Every actor asked for has an entry (an
// empty page when it has no events). It costs one round trip whatever the
// number of actors. f.Text is not supported: a full-text filter is not an
// actor's field.
func (s *Store) Timelines(ctx context.Context, actorIDs []string, f TimelineFilter, p TimelinePage) (map[string]EventPage, error) {
	if strings.TrimSpace(f.Text) != "" {
		return nil, errors.New("store: Timelines does not filter by text")
	}
	owners := uniqueStrings(actorIDs)
	out := make(map[string]EventPage, len(owners))
	for _, id := range owners {
		var page EventPage
		if p.With.Any() {
			page.Details = newEventDetails()
		}
		out[id] = page
	}
	if len(owners) == 0 {
		return out, nil
	}
	lower, upper := pageBounds(f, p)
	params := checkParams(f)
	params["owners"], params["lower"], params["upper"], params["limit"] = owners, lower, upper, p.First+1
	cypher := actorPagesCypher[ascOrDesc(p.Desc)]
	if p.With.Any() {
		cypher = actorPagesDetailedCypher[ascOrDesc(p.Desc)]
		detailParams(p.With, params)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	rows := map[string][]ownedEvent{}
	for _, r := range recs {
		owner := recordString(r, "owner")
		rows[owner] = append(rows[owner], ownedEvent{event: eventFrom(r, "e"), rec: r})
	}
	for owner, rs := range rows {
		out[owner] = pageOf(rs, p)
	}
	return out, nil
}

// ownedEvent is one row of an owner's page: the event and the record its
// details are read from.
type ownedEvent struct {
	event domain.Event
	rec   *neo4j.Record
}

// pageOf turns an owner's rows (at most p.First+1) into its page. The rows
// are sorted again rather than trusted to keep the subquery's order
// through the details' subqueries; sort keys are unique.
func pageOf(rows []ownedEvent, p TimelinePage) EventPage {
	sort.Slice(rows, func(i, j int) bool {
		if p.Desc {
			return rows[i].event.SortKey > rows[j].event.SortKey
		}
		return rows[i].event.SortKey < rows[j].event.SortKey
	})
	var page EventPage
	if p.With.Any() {
		page.Details = newEventDetails()
	}
	for i, row := range rows {
		if i == p.First {
			page.HasNext = true
			break
		}
		page.Events = append(page.Events, row.event)
		if page.Details != nil {
			page.Details.read(row.rec, row.event.ID, p.With)
		}
	}
	return page
}

// pageBounds is the sort-key range a page reads: the filter's dates,
// narrowed by the cursor on the side the page moves towards (as Timeline
// narrows them).
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

// checkParams are the parameters of the candidate check for f: a null one
// switches its check off.
func checkParams(f TimelineFilter) map[string]any {
	params := map[string]any{"types": nil, "anyOf": nil, "allOf": nil, "topics": nil}
	if len(f.Types) > 0 {
		params["types"] = typeNames(f.Types)
	}
	if len(f.Actors) > 0 {
		params["anyOf"] = f.Actors
	}
	if len(f.AllActors) > 0 {
		params["allOf"] = f.AllActors
	}
	if len(f.Topics) > 0 {
		params["topics"] = f.Topics
	}
	return params
}

// uniqueStrings returns s without repeats, in first-seen order.
func uniqueStrings(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := make([]string, 0, len(s))
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
