package store

import (
	"context"
	"strings"
)

// DyadPage is one page of the events two actors share, with the actors
// their ids answer.
type DyadPage struct {
	// A and B are the ids of the actors a and b answer (the id of an actor
	// merged into another answers the other), "" for an id that is no
	// actor's. The page is read only when both answer, two actors apart;
	// it is empty otherwise.
	A, B string
	Page EventPage
}

// cypherDyadSource resolves the pair's two ids, as ActorsByIDs does, and
// reads the page from the less connected actor's INVOLVED_IN(actor, key)
// index in order, each event checked for the other: the allActors
// driver's read (timelineplan.go), with the pair's resolved ids in place
// of $allOf. The resolution is kept in allOf (in the order asked, "" for an
// id that is no actor's) and is returned on every row, on its own when the
// page has no event (OPTIONAL CALL): one round trip where checking the ids
// first took two.
const cypherDyadSource = `
UNWIND [0, 1] AS i
OPTIONAL MATCH (x:Actor {id: $pair[i]})
OPTIONAL MATCH (m:MergedActor {id: $pair[i]}) WHERE x IS NULL
OPTIONAL MATCH (s:Actor {id: m.into})
WITH i, coalesce(x, s) AS a ORDER BY i
WITH collect(coalesce(a.id, '')) AS allOf, collect(a) AS found
WITH allOf, CASE WHEN size(found) = 2 AND allOf[0] <> allOf[1] THEN found ELSE [] END AS found
OPTIONAL CALL (allOf, found) {
  UNWIND found AS a
  WITH a ORDER BY COUNT { (a)-[:INVOLVED_IN]->() } ASC LIMIT 1
  CALL (a, allOf) {
    MATCH ()-[r:INVOLVED_IN]->(e:Event)
    WHERE r.actor = a.id AND r.key >= $lower AND r.key < $upper AND {CHECK}
    RETURN e ORDER BY r.actor {DIR}, r.key {DIR} LIMIT $limit
  }
  RETURN e
}
WITH allOf, e`

// dyadCypher is the dyad statement for a direction and the details asked
// for.
func dyadCypher(dir string, with Details) string {
	return statement(detailed{"dyad", driveAllActors, dir, with}, func() string {
		src := withCheck(strings.ReplaceAll(cypherDyadSource, "{DIR}", dir))
		// The pair's resolved ids, never null here, stand for $allOf.
		src = strings.Replace(src, "$allOf IS NULL OR ", "", 1)
		src = strings.ReplaceAll(src, "$allOf", "allOf")
		return src + strings.Replace(eventDetails(with), "\nRETURN ", "\nRETURN allOf, ", 1)
	})
}

// DyadEvents reads one page of the events that involve both a and b and
// match f (its types and dates; f's actors, topics and text must be
// empty), and which actors a and b answer, in one statement. It reads the
// present (f.AsOf must be zero).
func (s *Store) DyadEvents(ctx context.Context, a, b string, f TimelineFilter, p TimelinePage) (DyadPage, error) {
	f.AllActors = nil
	lower, upper := pageBounds(f, p)
	params := checkParams(f)
	params["pair"], params["lower"], params["upper"], params["limit"] = []string{a, b}, lower, upper, p.First+1
	recs, err := s.read(ctx, dyadCypher(ascOrDesc(p.Desc), p.With), params)
	if err != nil {
		return DyadPage{}, err
	}
	var out DyadPage
	rows := make([]ownedEvent, 0, len(recs))
	for i, r := range recs {
		if i == 0 {
			ids, _ := r.Get("allOf")
			if l, ok := ids.([]any); ok && len(l) == 2 {
				out.A, _ = l[0].(string)
				out.B, _ = l[1].(string)
			}
		}
		e := eventFrom(r, "e", p.With.Events)
		if e.ID == "" { // the row of a page without events
			continue
		}
		rows = append(rows, ownedEvent{event: e, rec: r})
	}
	out.Page = pageOf(rows, p)
	return out, nil
}
