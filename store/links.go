package store

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// LINKED edges tally, per pair of actors, what they share, so that reads
// about pairs cost the pairs, not their events: paths walk them, the
// neighbourhood weighs its edges by n, and an actor's counterparts are its
// LINKED edges, not every event of a busy actor (113 ms for the busiest of
// the 100k graph, which has 13,139 events and 3,024 LINKED edges). One
// edge per pair, from the smaller id to the larger, keyed "x|y" (unique,
// so found in an index), with:
//
//   - n: events the two share, of any type;
//   - meetings, interactions: of those, the meetings and the interactions;
//   - cooperation, conflict: the sums of those interactions' positive and
//     negative scores;
//   - firstSeenKey, lastSeenKey: the least and greatest sort key of those
//     meetings and interactions (absent when there are none);
//   - startRank, endRank: where the other actor stands among the
//     counterparts of the edge's start (the smaller id) and of its end, as
//     one string that sorts as Actor.counterparts does (pairRankOf), in
//     two relationship indexes; absent when the pair shares no meeting or
//     interaction. A page of an actor's counterparts walks the two indexes
//     from its id and stops at the page's size, instead of reading and
//     sorting every LINKED edge of the actor (tens of thousands for the
//     busiest actor of the 1M graph).
//
// Every write that changes who shares which event keeps them exact
// through the statements here, each named for the variable it expects
// bound: cypherLinkActors (the pairs of a write's new events),
// cypherLinkEvent (one event, e), cypherUnlinkOrphans (events about to
// leave, orphans); a merge and its undoing take the events they move off
// (cypherUnlinkEvents) and count them again (cypherLinkEvents). A change
// to an event that moves it from one tally to another (its date, its
// actors) is a cypherUnlinkOrphans of [e] then a cypherLinkEvent of e. Sums can go down, least and greatest
// keys cannot: taking an event off a pair whose first or last key it held
// reads that pair's first and last again from its events, from the less
// busy actor's INVOLVED_IN index, in key order (the edge's keys say whether
// it is needed, so most removals read nothing). Score sums are rounded to
// 9 places at every change: scores have a decimal or two, so the sums are
// then the same whatever order writers added them in (a dump of the graph
// compares them exactly), and taking scores off leaves 0, not float
// noise.

// pairShareOf is the Cypher map of what the event bound to v adds to the
// tally of each pair of its actors.
func pairShareOf(v string) string {
	return fmt.Sprintf(`{meetings: CASE WHEN %[1]s.type = 'MEETING' THEN 1 ELSE 0 END,
    interactions: CASE WHEN %[1]s.type = 'INTERACTION' THEN 1 ELSE 0 END,
    cooperation: CASE WHEN %[1]s.type = 'INTERACTION' AND %[1]s.score > 0 THEN toFloat(%[1]s.score) ELSE 0.0 END,
    conflict: CASE WHEN %[1]s.type = 'INTERACTION' AND %[1]s.score < 0 THEN toFloat(%[1]s.score) ELSE 0.0 END,
    seen: CASE WHEN %[1]s.type IN ['MEETING', 'INTERACTION'] THEN %[1]s.sortKey END}`, v)
}

// pairSums sums the shares bound to s over the rows of a pair (grouped by
// what precedes it in a WITH), into the variables the statements below
// write: n, meetings, interactions, cooperation, conflict, firstSeen,
// lastSeen, and seen (the keys taken, for a removal).
const pairSums = `count(*) AS n, sum(s.meetings) AS meetings, sum(s.interactions) AS interactions,
    sum(s.cooperation) AS cooperation, sum(s.conflict) AS conflict,
    min(s.seen) AS firstSeen, max(s.seen) AS lastSeen, collect(s.seen) AS seen`

// pairRankWidth is the number of digits of a rank's inverted count.
const pairRankWidth = 9

// pairRankOf is the Cypher expression of the rank key, among the
// counterparts of the actor whose id is the Cypher expression owner, of the
// actor whose id is other, sharing events meetings and interactions: owner
// id, the count inverted and zero-padded, the other's id, "|"-separated,
// so that keys of one owner sort as counterparts are listed (most shared
// first, then by id). Null when they share none: not indexed, not listed.
func pairRankOf(owner, other, events string) string {
	return fmt.Sprintf(`CASE WHEN %[3]s > 0 THEN %[1]s + '|' + right('%[4]s' + toString(%[5]d - %[3]s), %[6]d) + '|' + %[2]s END`,
		owner, other, events, strings.Repeat("0", pairRankWidth), int64(math.Pow10(pairRankWidth))-1, pairRankWidth)
}

// pairRank is pairRankOf in Go, for the bulk writer.
func pairRank(owner, other string, shared int) string {
	return fmt.Sprintf("%s|%0*d|%s", owner, pairRankWidth, int(math.Pow10(pairRankWidth))-1-shared, other)
}

// setPairRanksOf sets the rank keys of the LINKED edge bound to v from its
// tallies; it follows every change of them.
func setPairRanksOf(v string) string {
	return strings.ReplaceAll(`SET l.startRank = `+pairRankOf("split(l.key, '|')[0]", "split(l.key, '|')[1]", "(l.meetings + l.interactions)")+`,
    l.endRank = `+pairRankOf("split(l.key, '|')[1]", "split(l.key, '|')[0]", "(l.meetings + l.interactions)"), "l.", v+".")
}

// setPairRanks is setPairRanksOf the edge bound to l.
var setPairRanks = setPairRanksOf("l")

// addPairSums adds pairSums' variables to the LINKED edge bound to l. An
// edge written before it had these tallies counts from 0 (Migrate counts
// them once for such a graph).
var addPairSums = `SET l.n = coalesce(l.n, 0) + n,
    l.meetings = coalesce(l.meetings, 0) + meetings,
    l.interactions = coalesce(l.interactions, 0) + interactions,
    l.cooperation = round(coalesce(l.cooperation, 0.0) + cooperation, 9),
    l.conflict = round(coalesce(l.conflict, 0.0) + conflict, 9),
    l.firstSeenKey = CASE WHEN l.firstSeenKey IS NULL OR firstSeen < l.firstSeenKey THEN coalesce(firstSeen, l.firstSeenKey) ELSE l.firstSeenKey END,
    l.lastSeenKey = CASE WHEN l.lastSeenKey IS NULL OR lastSeen > l.lastSeenKey THEN coalesce(lastSeen, l.lastSeenKey) ELSE l.lastSeenKey END
  ` + setPairRanks

// newPairEdge is the properties of a LINKED edge created from pairSums'
// variables (a null key is not stored).
const newPairEdge = `n: n, meetings: meetings, interactions: interactions, cooperation: round(cooperation, 9), conflict: round(conflict, 9),
    firstSeenKey: firstSeen, lastSeenKey: lastSeen`

// seenKeyOfPair is the Cypher expression of the least (dir ASC) or
// greatest (DESC) sort key of the meetings and interactions the actors
// bound to x and y share, leaving out the events in the list bound to
// orphans. It reads the less busy actor's INVOLVED_IN index in key order
// and stops at the first event the other is in.
func seenKeyOfPair(dir string) string {
	return strings.ReplaceAll(`COLLECT {
      WITH CASE WHEN COUNT { (x)-[:INVOLVED_IN]->() } <= COUNT { (y)-[:INVOLVED_IN]->() } THEN [x.id, y.id] ELSE [y.id, x.id] END AS pair
      CALL (pair, orphans) {
        MATCH ()-[r:INVOLVED_IN]->(ev:Event)
        WHERE r.actor = pair[0] AND r.key >= '' AND r.type IN ['MEETING', 'INTERACTION'] AND NOT ev IN orphans
          AND EXISTS { MATCH (ev)<-[o:INVOLVED_IN]-() WHERE o.actor = pair[1] }
        RETURN r.key AS key ORDER BY r.actor {DIR}, r.key {DIR} LIMIT 1
      }
      RETURN key }[0]`, "{DIR}", dir)
}

// cypherLinkActors counts a write's new events on the LINKED edges of
// their actor pairs (bound list "linked": per new event, {pairs, share},
// its distinct pairs "x|y" with x < y and its pairShareOf). Pairs are
// summed over the whole write first: a batch naming two busy actors
// together a hundred times updates their edge once. An edge found is
// updated (locking the edge, in key order); a missing one is CREATEd, not
// MERGEd: MERGE would lock both actors while the statement runs, in pair
// order, which is no one order of actors, so two writers sharing busy
// actors could deadlock. Two writers creating the same new pair at once
// make the second fail the key's constraint, and its transaction is
// retried (Store.write).
var cypherLinkActors = `UNWIND linked AS ev
  UNWIND ev.pairs AS p
  WITH p, ev.share AS s
  WITH p, ` + pairSums + `
  ORDER BY p
  OPTIONAL MATCH ()-[l:LINKED {key: p}]->()
  CALL (l, n, meetings, interactions, cooperation, conflict, firstSeen, lastSeen) {
    WITH * WHERE l IS NOT NULL
    ` + addPairSums + `
  }
  CALL (l, p, n, meetings, interactions, cooperation, conflict, firstSeen, lastSeen) {
    WITH * WHERE l IS NULL
    MATCH (a:Actor {id: split(p, '|')[0]}), (b:Actor {id: split(p, '|')[1]})
    CREATE (a)-[created:LINKED {key: p, ` + newPairEdge + `}]->(b)
    ` + setPairRanksOf("created") + `
  }`

// countEventOnLinks adds the event bound to e to the LINKED edge of each
// pair of its actors, MERGEing edges a pair lacks. One text for the one
// event of a curation (cypherLinkEvent) and for every event of the
// migration (cypherBuildLinks), so the two count alike.
var countEventOnLinks = `
  MATCH (x:Actor)-[:INVOLVED_IN]->(e)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id < y.id
  WITH x, y, ` + pairShareOf("e") + ` AS s
  WITH x, y, ` + pairSums + `
  ORDER BY x.id, y.id
  MERGE (x)-[l:LINKED {key: x.id + '|' + y.id}]->(y) ON CREATE SET l.n = 0
  ` + addPairSums + `
`

// cypherLinkEvent counts the event bound to e on the LINKED edges of its
// actors (MERGEd: a curation is one event, where the writers' care for
// lock order does not matter).
var cypherLinkEvent = `CALL (e) {` + countEventOnLinks + `}`

// cypherUnlinkOrphans takes the events bound to "orphans" (about to be
// deleted, rejected, or counted again) off their actors' LINKED edges,
// dropping edges that reach 0. The events must still have their
// INVOLVED_IN edges.
var cypherUnlinkOrphans = `CALL (orphans) {
  UNWIND orphans AS e
  MATCH (x:Actor)-[:INVOLVED_IN]->(e)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id < y.id
  WITH x, y, ` + pairShareOf("e") + ` AS s
  WITH x, y, ` + pairSums + `
  MATCH (x)-[l:LINKED {key: x.id + '|' + y.id}]->(y)
  SET l.n = l.n - n,
      l.meetings = coalesce(l.meetings, 0) - meetings,
      l.interactions = coalesce(l.interactions, 0) - interactions,
      l.cooperation = round(coalesce(l.cooperation, 0.0) - cooperation, 9),
      l.conflict = round(coalesce(l.conflict, 0.0) - conflict, 9)
  ` + setPairRanks + `
  WITH x, y, l, seen
  CALL (x, y, l, seen, orphans) {
    WITH * WHERE l.n > 0 AND (l.firstSeenKey IN seen OR l.lastSeenKey IN seen)
    SET l.firstSeenKey = ` + seenKeyOfPair("ASC") + `,
        l.lastSeenKey = ` + seenKeyOfPair("DESC") + `
  }
  WITH l WHERE l.n <= 0
  DELETE l
}`

// cypherBuildLinks counts every event on its actor pairs' LINKED edges:
// the migration that brings them to a graph written before they existed.
var cypherBuildLinks = `
MATCH (e:Event)
CALL (e) {` + countEventOnLinks + `} IN TRANSACTIONS OF 2000 ROWS`

// cypherKeyLinks gives the LINKED edges of a graph written before they had
// keys their pair key.
const cypherKeyLinks = `
MATCH (x:Actor)-[l:LINKED]->(y:Actor) WHERE l.key IS NULL
CALL (x, l, y) { SET l.key = x.id + '|' + y.id } IN TRANSACTIONS OF 10000 ROWS`

// pairTallyMigration marks a graph whose LINKED edges carry the meeting
// and interaction tallies (written by this version, or counted once by
// countPairTallies).
const pairTallyMigration = "pair-tallies-1"

// cypherZeroPairTallies and cypherCountPairTallies count the meeting and
// interaction tallies of the LINKED edges of a graph written before they
// existed: zero, then every meeting and interaction added to its pairs.
// Run again from the start after an interruption, they give the same
// counts (the marker is written only after both).
const cypherZeroPairTallies = `
MATCH ()-[l:LINKED]->()
CALL (l) {
  SET l.meetings = 0, l.interactions = 0, l.cooperation = 0.0, l.conflict = 0.0
  REMOVE l.firstSeenKey, l.lastSeenKey, l.startRank, l.endRank
} IN TRANSACTIONS OF 10000 ROWS`

var cypherCountPairTallies = `
MATCH (e:Event) WHERE e.type IN ['MEETING', 'INTERACTION']
CALL (e) {
  MATCH (x:Actor)-[:INVOLVED_IN]->(e)<-[:INVOLVED_IN]-(y:Actor) WHERE x.id < y.id
  WITH x, y, ` + pairShareOf("e") + ` AS s
  WITH x, y, ` + pairSums + `
  MATCH (x)-[l:LINKED {key: x.id + '|' + y.id}]->(y)
  SET l.meetings = l.meetings + meetings, l.interactions = l.interactions + interactions,
      l.cooperation = round(l.cooperation + cooperation, 9), l.conflict = round(l.conflict + conflict, 9),
      l.firstSeenKey = CASE WHEN l.firstSeenKey IS NULL OR firstSeen < l.firstSeenKey THEN firstSeen ELSE l.firstSeenKey END,
      l.lastSeenKey = CASE WHEN l.lastSeenKey IS NULL OR lastSeen > l.lastSeenKey THEN lastSeen ELSE l.lastSeenKey END
  ` + setPairRanks + `
} IN TRANSACTIONS OF 2000 ROWS`

// countPairTalliesOnce counts the meeting and interaction tallies of an
// older graph's LINKED edges, once: a marker node records that it ran.
func (s *Store) countPairTalliesOnce(ctx context.Context) error {
	if done, err := s.migrationDone(ctx, pairTallyMigration); err != nil || done {
		return err
	}
	for _, q := range []string{cypherZeroPairTallies, cypherCountPairTallies} {
		if err := s.autocommit(ctx, q); err != nil {
			return fmt.Errorf("count pair tallies: %w", err)
		}
	}
	return s.markMigration(ctx, pairTallyMigration)
}

// migrationDone says whether the migration id has run (markMigration):
// the once-only migrations ask it before they start.
func (s *Store) migrationDone(ctx context.Context, id string) (bool, error) {
	recs, err := s.read(ctx, cypherMigrationDone, map[string]any{"id": id})
	if err != nil {
		return false, err
	}
	return recordBool(recs[0], "done"), nil
}

// markMigration records that the migration id ran.
func (s *Store) markMigration(ctx context.Context, id string) error {
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return s.run(ctx, tx, cypherMarkMigration, map[string]any{"id": id})
	})
	return err
}

// pairRankMigration marks a graph whose LINKED edges carry their rank keys
// (written by this version, or set once by rankPairsOnce).
const pairRankMigration = "pair-ranks-1"

// cypherRankPairs sets the rank keys of every LINKED edge from its
// tallies: the migration that brings them to a graph written before they
// existed (idempotent, so run again from the start after an
// interruption).
var cypherRankPairs = `
MATCH ()-[l:LINKED]->()
CALL (l) {
  ` + setPairRanks + `
} IN TRANSACTIONS OF 10000 ROWS`

// rankPairsOnce sets the rank keys of an older graph's LINKED edges, once:
// a marker node records that it ran.
func (s *Store) rankPairsOnce(ctx context.Context) error {
	recs, err := s.read(ctx, cypherMigrationDone, map[string]any{"id": pairRankMigration})
	if err != nil {
		return err
	}
	if recordBool(recs[0], "done") {
		return nil
	}
	if err := s.autocommit(ctx, cypherRankPairs); err != nil {
		return fmt.Errorf("rank pairs: %w", err)
	}
	return s.markMigration(ctx, pairRankMigration)
}
