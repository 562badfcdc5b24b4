package store

import (
	"context"
	"errors"
	"strings"
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

// actorPageCypher holds one owner's page read and actorPagesCypher the
// statement reading every owner's page, per direction, built at start from
// fixed texts, never from input.
var actorPagesCypher, actorPageCypher = map[string]string{}, map[string]string{}

func init() {
	for _, dir := range []string{"ASC", "DESC"} {
		actorPageCypher[dir] = withCheck(strings.ReplaceAll(cypherActorPage, "{DIR}", dir))
		actorPagesCypher[dir] = "UNWIND $owners AS owner\nCALL (owner) {" + actorPageCypher[dir] + "\n}\nRETURN owner, e"
	}
}

// actorPagesDetailed is actorPagesCypher with each event's details and
// projection (eventDetails, which yields e, inv, src, place).
func actorPagesDetailed(dir string, with Details) string {
	return statement(detailed{"actorPages", 0, dir, with}, func() string {
		return "UNWIND $owners AS owner\nCALL (owner) {\nCALL (owner) {" + actorPageCypher[dir] + "\n}\n" +
			eventDetails(with) + "\n}\nRETURN owner, e, inv, src, place"
	})
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
	if p.With.reshaped() {
		cypher = actorPagesDetailed(ascOrDesc(p.Desc), p.With)
	}
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	rows := map[string][]ownedEvent{}
	for _, r := range recs {
		owner := recordString(r, "owner")
		rows[owner] = append(rows[owner], ownedEvent{event: eventFrom(r, "e", p.With.Events), rec: r})
	}
	for owner, rs := range rows {
		out[owner] = pageOf(rs, p)
	}
	return out, nil
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
