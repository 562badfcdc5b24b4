package store

import (
	"context"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/eventgraph/eventgraph/domain"
)

// Undoing a merge. A merge keeps, for as-of reads (asof.go), both actors
// as they were (PastActor, until the merge's moment) and every event of
// the merged-away actor as it was (PastEvent, until the same moment, with
// its WAS_INVOLVED_IN and WAS edges). Those copies say what to give back:
// which events were the merged-away actor's, in which roles, and whether
// the survivor was in each before. UnmergeActors puts them back on the
// revived actor and takes from the survivor what only the merge gave it
// (involvements, roles, the names and aliases it took over, their name
// keys). What the copies do not tell apart stays with the survivor:
// offices (HOLDS_ROLE), the copies of the merged-away actor's revisions
// it was given (the revived actor kept its own; the undo is recorded on
// both), and actors merged into the merged-away one before (their ids
// keep answering the survivor). A merge made before history was kept, or
// whose survivor was merged in turn since, cannot be undone this way
// (BAD_USER_INPUT).

const cypherMergeToUndo = `
MATCH (m:MergedActor {id: $from})
MATCH (a:Actor {id: m.into})
OPTIONAL MATCH (pa:PastActor {id: a.id}) WHERE pa.until = m.mergedAt
RETURN a.id AS into, m.name AS name, m.aliases AS aliases, pa IS NOT NULL AS kept,
       pa.name AS intoName, pa.aliases AS intoAliases`

// cypherEventsToGiveBack reads the merge's copies of the merged-away
// actor's events: the roles it had, the roles the survivor had (none and
// not involved when it was not in the event).
const cypherEventsToGiveBack = `
MATCH (m:MergedActor {id: $from})-[:WAS_INVOLVED_IN]->(p:PastEvent) WHERE p.until = m.mergedAt
RETURN p.id AS id,
       EXISTS { MATCH (:Actor {id: $into})-[:WAS_INVOLVED_IN]->(p) } AS intoWas,
       COLLECT { MATCH (m)-[r:WAS]->(p) RETURN r.role } AS fromRoles,
       COLLECT { MATCH (:Actor {id: $into})-[r:WAS]->(p) RETURN r.role } AS intoRoles`

// cypherReviveActor makes b an actor again, leaving a PastMerge that
// says, for as-of reads, that its id answered the survivor meanwhile.
const cypherReviveActor = `
MATCH (b:MergedActor {id: $from})
CREATE (:PastMerge {id: b.id, into: b.into, since: b.mergedAt, until: datetime.transaction()})
REMOVE b:MergedActor, b.into, b.mergedAt, b.mergeMoved
SET b:Actor, b.since = datetime.transaction()
RETURN b`

// cypherGiveBackEvents puts each row's event back on b, in its roles,
// and takes from a what only the merge gave it. The events are the live
// ones (visible or rejected); one deleted since (retracted) is skipped.
var cypherGiveBackEvents = `
MATCH (a:Actor {id: $into}), (b:Actor {id: $from})
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (v:Event {id: row.id})
  OPTIONAL MATCH (x:RejectedEvent {id: row.id})
  RETURN coalesce(v, x) AS e
}
WITH a, b, row, e WHERE e IS NOT NULL
CREATE (b)-[:INVOLVED_IN {actor: b.id, key: e.sortKey, type: e.type}]->(e)
WITH a, b, row, e
CALL (b, row, e) {
  UNWIND row.fromRoles AS role
  WITH b AS a, e, role
  ` + roleEdges("MERGE") + `
}
CALL (a, row, e) {
  MATCH ` + involvementPattern + ` WHERE a.id = $into AND NOT type(r) IN row.intoRoles
  DELETE r
}
CALL (a, row, e) {
  WITH a, row, e WHERE NOT row.intoWas
  MATCH (a)-[r:INVOLVED_IN]->(e)
  DELETE r
}
RETURN count(*) AS n`

// cypherGiveBackNames takes from a the names and aliases it took over
// from b, and moves their name keys back to b.
const cypherGiveBackNames = `
MATCH (a:Actor {id: $into}), (b:Actor {id: $from})
SET a.aliases = [x IN a.aliases WHERE NOT x IN $taken]
WITH a, b
CALL (a, b) {
  UNWIND $keys AS k
  MATCH (n:Name {key: k})-[r:NAMES]->(a)
  DELETE r
  MERGE (n)-[:NAMES]->(b)
}
RETURN a`

// UnmergeActors undoes the merge that merged the actor from away: from is
// an actor again, with its names and its events as they were before the
// merge (see above). NOT_FOUND when from names no merged-away actor.
func (s *Store) UnmergeActors(ctx context.Context, from string, cur domain.Curation) (domain.Actor, error) {
	out, err := s.write(ctx, func(t neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, t, cypherMergeToUndo, map[string]any{"from": from})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, domain.NotFound("from", "no actor merged away with id %q", from)
		}
		r := recs[0]
		into := recordString(r, "into")
		if !recordBool(r, "kept") {
			return nil, domain.Invalid("from", "the merge of %q into %q kept no history (made before history was kept, or %q was merged in turn since)", from, into, into)
		}
		if _, err := s.lockActors(ctx, t, []string{into}, []string{"from"}); err != nil {
			return nil, err
		}
		rows, events, err := s.eventsToGiveBack(ctx, t, from, into)
		if err != nil {
			return nil, err
		}
		// The survivor and its events as they stand, for as-of reads.
		if err := s.archiveActors(ctx, t, []string{into}); err != nil {
			return nil, err
		}
		if err := s.archiveMovedEvents(ctx, t, events); err != nil {
			return nil, err
		}
		if _, err := s.run(ctx, t, cypherReviveActor, map[string]any{"from": from}); err != nil {
			return nil, err
		}
		// As a merge moves events (moveEvents), the events given back are
		// taken off the LINKED counts and tallies, given back and counted
		// again: what an undo costs follows the events it gives back, not
		// the survivor's.
		params := map[string]any{"into": into, "from": from, "rows": rows, "ids": events}
		if _, err := s.run(ctx, t, cypherUnlinkEvents, params); err != nil {
			return nil, err
		}
		if _, err := s.run(ctx, t, cypherGiveBackEvents, params); err != nil {
			return nil, err
		}
		if _, err := s.run(ctx, t, cypherLinkEvents, params); err != nil {
			return nil, err
		}
		taken, keys := takenNames(recordString(r, "name"), toStrings(r.AsMap()["aliases"]),
			recordString(r, "intoName"), toStrings(r.AsMap()["intoAliases"]))
		recs, err = s.run(ctx, t, cypherGiveBackNames, map[string]any{"into": into, "from": from, "taken": taken, "keys": keys})
		if err != nil {
			return nil, err
		}
		survivor := actorFrom(recs[0], "a")
		rev := domain.Revision{Kind: domain.RevisionUnmerged, By: cur.By, Reason: cur.Reason, Changes: []domain.FieldChange{
			{Field: "merged", Before: from + " → " + into + " (" + survivor.Name + ")", After: from}}}
		if err := s.recordMove(ctx, t, rev, []string{into, from}, events, events); err != nil {
			return nil, err
		}
		recs, err = s.run(ctx, t, cypherActorByID, map[string]any{"id": from})
		if err != nil {
			return nil, err
		}
		return actorFrom(recs[0], "a"), nil
	})
	if err != nil {
		return domain.Actor{}, err
	}
	return out.(domain.Actor), nil
}

// eventsToGiveBack reads the merge's copies of from's events as rows for
// cypherGiveBackEvents, and their ids.
func (s *Store) eventsToGiveBack(ctx context.Context, t neo4j.ManagedTransaction, from, into string) ([]map[string]any, []string, error) {
	recs, err := s.run(ctx, t, cypherEventsToGiveBack, map[string]any{"from": from, "into": into})
	if err != nil {
		return nil, nil, err
	}
	rows := make([]map[string]any, 0, len(recs))
	ids := make([]string, 0, len(recs))
	for _, r := range recs {
		id := recordString(r, "id")
		m := r.AsMap()
		rows = append(rows, map[string]any{"id": id, "intoWas": recordBool(r, "intoWas"),
			"fromRoles": nonNil(toStrings(m["fromRoles"])), "intoRoles": nonNil(toStrings(m["intoRoles"]))})
		ids = append(ids, id)
	}
	return rows, ids, nil
}

// takenNames are the names and aliases of the merged-away actor that the
// survivor did not have before the merge, and their name keys.
func takenNames(name string, aliases []string, intoName string, intoAliases []string) (taken, keys []string) {
	had := map[string]bool{intoName: true}
	hadKeys := map[string]bool{domain.NormalizeName(intoName): true}
	for _, a := range intoAliases {
		had[a] = true
		hadKeys[domain.NormalizeName(a)] = true
	}
	for _, x := range append([]string{name}, aliases...) {
		if !had[x] && !slices.Contains(taken, x) {
			taken = append(taken, x)
		}
		if k := domain.NormalizeName(x); k != "" && !hadKeys[k] && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return nonNil(taken), nonNil(keys)
}
